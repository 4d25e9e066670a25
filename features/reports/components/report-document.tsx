import { DataTable } from '@/components/ui/data-table';
import { Heading } from '@/components/ui/heading';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import type { ChartImage, ReportCharts } from '@/features/reports/export/charts';
import { STATUS_KEYS, formatNumber, formatShare, formatTimestamp } from '@/features/reports/export/labels';
import type { ReportAssessment, ReportGoal, ReportSnapshot } from '@/features/reports/snapshot';
import { useSharedLocale, useSharedTranslator } from '@/lib/i18n/shared';

type TrendPoint = ReportSnapshot['sections'][number]['trend'][number];

/**
 * A frozen report rendered as a municipal report, for the print page and the report page: cover,
 * summary, one section per council goal with the boards' contributions. The charts are the same
 * images as in the PDF and DOCX (drawn by the page with reportCharts); each has a short text
 * alternative and its figures in a table.
 * Headings run in order: the report's title (h1), the summary and each council goal (h2), their
 * parts (h3), the boards (h4) and their goals (h5).
 */
export function ReportDocument({ snapshot, charts }: { snapshot: ReportSnapshot; charts: ReportCharts }) {
  const t = useSharedTranslator('reportExports.document');
  const locale = useSharedLocale();
  const interim = snapshot.period.kind === 'interim';
  const title = t(interim ? 'interim' : 'annual', { year: snapshot.period.year });
  const summary = [
    { key: 'fulfilled', count: snapshot.summary.fulfilled },
    { key: 'partly_fulfilled', count: snapshot.summary.partlyFulfilled },
    { key: 'not_fulfilled', count: snapshot.summary.notFulfilled },
    { key: 'not_assessed', count: snapshot.summary.notAssessed },
  ] as const;

  return (
    <article className="report-document">
      <header className="border-b border-slate-300 pb-6">
        <p className="text-lg text-slate-700">{snapshot.municipality}</p>
        <p className="text-xl font-semibold">{snapshot.body.name}</p>
        <h1 className="mt-2 text-4xl font-bold">{title}</h1>
        <p className="mt-3">{t('period', { name: snapshot.period.name, periodEnd: snapshot.period.periodEnd })}</p>
        <p className={snapshot.decision ? '' : 'font-semibold'}>{snapshot.decision ? t('decided', { body: snapshot.decision.body, date: snapshot.decision.decidedOn, paragraph: snapshot.decision.paragraph }) : t('notDecided')}</p>
        {snapshot.decision ? <p className="text-slate-700">{snapshot.decision.title}</p> : null}
        <p className="mt-1 text-sm text-slate-700">{t('takenAt', { date: formatTimestamp(snapshot.takenAt, locale) })}</p>
      </header>

      <nav aria-labelledby="report-contents" className="mt-6 print:hidden">
        <Heading level={2} id="report-contents">
          {t('contents')}
        </Heading>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>
            <TextLink href="#sammanfattning">{t('summary')}</TextLink>
          </li>
          {snapshot.sections.map((s) => (
            <li key={s.id}>
              <TextLink href={`#mal-${s.id}`}>{`${s.code} ${s.title}`}</TextLink>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="sammanfattning" className="mt-8">
        <h2 id="sammanfattning" className="text-2xl font-bold">
          {t('summary')}
        </h2>
        <p className="mt-2">{t('summaryIntro', { count: summary.reduce((s, r) => s + r.count, 0) })}</p>
        <Chart image={charts.summary} alt={t('summaryChart')} width={480} />
        <DataTable caption={t('summaryCaption')} showCaption density="compact" fitsScreen width="max-w-md" rows={summary} rowKey={(r) => r.key}>
          {[
            { header: t('category'), rowHeader: true, cell: (r) => t(`fulfilment.${r.key}`) },
            { header: t('count'), numeric: true, cell: (r) => r.count },
          ]}
        </DataTable>
      </section>

      {snapshot.sections.map((section) => (
        <section key={section.id} aria-labelledby={`mal-${section.id}`} className="report-section mt-10 border-t border-slate-300 pt-6">
          <p className="text-sm text-slate-700">{t('councilGoal')}</p>
          <h2 id={`mal-${section.id}`} className="text-2xl font-bold">{`${section.code} ${section.title}`}</h2>
          <GoalBody goal={section} interim={interim} level={3} />
          {section.assessmentsBelow.length > 0 ? (
            <>
              <Heading level={3} className="mt-5">
                {t('assessmentsBelow')}
              </Heading>
              <ul className="mt-2 space-y-2">
                {section.assessmentsBelow.map((b, i) => (
                  <li key={i}>
                    <p className="font-semibold">{`${b.byUnit}: ${t(`fulfilment.${b.fulfilment}`)}`}</p>
                    <p className="whitespace-pre-line">{b.analysis}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Heading level={3} className="mt-5">
            {t('trend')}
          </Heading>
          {section.trend.length === 0 ? (
            <p>{t('noTrend')}</p>
          ) : (
            <>
              <ChartIfAny image={charts.trends.get(section.id)} alt={t('trendChart', { code: section.code })} width={520} />
              <DataTable caption={t('trendCaption', { code: section.code })} showCaption density="compact" rows={section.trend} rowKey={(p) => p.periodEnd}>
                {[
                  { header: t('periodEnd'), rowHeader: true, cell: (p) => p.periodEnd },
                  ...STATUS_KEYS.map((k) => ({ key: k, header: t(`status.${k}`), numeric: true, cell: (p: TrendPoint) => p[k] })),
                  { header: t('total'), numeric: true, cell: (p) => STATUS_KEYS.reduce((sum, k) => sum + p[k], 0) },
                ]}
              </DataTable>
            </>
          )}
          <Heading level={3} size="lg" className="mt-6">
            {t('contributions')}
          </Heading>
          {section.contributions.length === 0 ? <p>{t('noContributions')}</p> : null}
          {section.contributions.map((c) => (
            <div key={c.boardId} className="mt-4">
              <Heading level={4} size="md">
                {c.boardName}
              </Heading>
              {c.goals.map((g) => (
                <div key={g.id} className="mt-3 border-l-4 border-slate-200 pl-4">
                  <Heading level={5}>{`${g.code} ${g.title}`}</Heading>
                  <GoalBody goal={g} interim={interim} level={6} />
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}

function ChartIfAny({ image, alt, width }: { image: ChartImage | undefined; alt: string; width: number }) {
  return image ? <Chart image={image} alt={alt} width={width} /> : null;
}

function Chart({ image, alt, width }: { image: ChartImage; alt: string; width: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a generated image inlined as data, not a file to optimise
    <img src={`data:image/png;base64,${image.png.toString('base64')}`} alt={alt} width={width} height={Math.round((image.height / image.width) * width)} className="mt-3 h-auto max-w-full" />
  );
}

/** The assessment beside the rule's proposal, the analysis and the indicators of one goal. */
function GoalBody({ goal, interim, level }: { goal: ReportGoal; interim: boolean; level: 3 | 6 }) {
  const t = useSharedTranslator('reportExports.document');
  const a = goal.assessment;
  const Sub = level === 3 ? 'h3' : 'h6';
  const fulfilment = (f: ReportAssessment['fulfilment'] | null | undefined) => (f ? <StatusBadge kind="fulfilment" value={f} /> : <span>{t('notAssessed')}</span>);
  return (
    <>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-3">
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t('assessment')}</dt>
          <dd>
            {fulfilment(a?.fulfilment)}
            {a ? <span className="block text-sm text-slate-700">{t('assessedBy', { unit: a.byUnit })}</span> : null}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t('proposal')}</dt>
          <dd>{goal.rollup.proposed ? <StatusBadge kind="fulfilment" value={goal.rollup.proposed} /> : t('noProposal')}</dd>
        </div>
        {interim ? (
          <div>
            <dt className="text-sm font-semibold text-slate-700">{t('forecast')}</dt>
            <dd>{fulfilment(a?.forecast)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-2 text-sm text-slate-700">
        {t('activities', { count: goal.rollup.activities })}
        {goal.rollup.indicatorProgress !== null ? ` · ${t('indicatorProgress', { value: formatShare(goal.rollup.indicatorProgress) })}` : null}
      </p>
      <Sub className={level === 3 ? 'mt-4 text-lg font-semibold' : 'mt-3 font-semibold'}>{t('analysis')}</Sub>
      <p className="mt-1 max-w-3xl whitespace-pre-line">{a?.analysis.trim() ? a.analysis : t('noAnalysis')}</p>
      {level === 3 ? (
        <Heading level={3} className="mt-5">
          {t('indicators')}
        </Heading>
      ) : null}
      {goal.indicators.length === 0 ? (
        level === 3 ? (
          <p>{t('noIndicators')}</p>
        ) : null
      ) : (
        <DataTable caption={t('indicatorsCaption', { code: goal.code })} showCaption density="compact" rows={goal.indicators} rowKey={(i) => i.name}>
          {[
            { header: t('indicator'), rowHeader: true, cell: (i) => i.name },
            { header: t('baseline'), numeric: true, cell: (i) => `${formatNumber(i.baseline)} ${i.unit}` },
            { header: t('value'), numeric: true, cell: (i) => (i.value === null ? t('noValue') : `${formatNumber(i.value)} ${i.unit}`) },
            { header: t('target'), numeric: true, cell: (i) => `${formatNumber(i.target)} ${i.unit}` },
          ]}
        </DataTable>
      )}
    </>
  );
}
