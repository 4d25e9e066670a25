import { DataTable } from '@/components/ui/data-table';
import { DefinitionList } from '@/components/ui/definition-list';
import { StatusBadge } from '@/components/ui/status-badge';
import type { ReportAssessment, ReportGoal, ReportSnapshot } from '@/features/reports/snapshot';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/**
 * A report as its snapshot holds it: summary, then one section per council goal with the boards'
 * contributions. The same view shows a frozen report and one built from today's data; it reads
 * nothing but the snapshot.
 */
export function SnapshotView({ snapshot, headingLevel = 2, idPrefix }: { snapshot: ReportSnapshot; headingLevel?: 2 | 3; idPrefix: string }) {
  const t = useSharedTranslator('reports.snapshot');
  const format = useSharedFormatter();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H2 = headingLevel === 2 ? 'h3' : 'h4';
  const s = snapshot.summary;
  return (
    <div>
      <section aria-labelledby={`${idPrefix}-summary`} className="mt-4 rounded-lg border border-slate-300 bg-white p-4">
        <H id={`${idPrefix}-summary`} className="text-lg font-semibold">
          {t('summary')}
        </H>
        <p className="mt-1">{t('summaryLine', { fulfilled: s.fulfilled, partly: s.partlyFulfilled, not: s.notFulfilled, none: s.notAssessed })}</p>
        <p className="mt-1 text-sm text-slate-700">{t('takenAt', { date: format.dateTime(new Date(snapshot.takenAt), { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      </section>
      {snapshot.sections.map((section) => (
        <section key={section.id} aria-labelledby={`${idPrefix}-goal-${section.id}`} className="mt-6 rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm">
          <H id={`${idPrefix}-goal-${section.id}`} className="text-lg font-semibold">
            <span className="text-sm font-normal text-slate-700">{t('council')} </span>
            {section.code} {section.title}
          </H>
          <GoalBody goal={section} />
          {section.contributions.length === 0 ? <p className="mt-2 text-slate-700">{t('noContributions')}</p> : null}
          {section.contributions.map((c) => (
            <div key={c.boardId} className="mt-4">
              <H2 className="font-semibold">{t('contribution', { board: c.boardName })}</H2>
              <ul className="mt-2 space-y-3">
                {c.goals.map((g) => (
                  <li key={g.id} className="rounded-md border border-slate-300 p-3">
                    <p className="font-medium">{`${g.code} ${g.title}`}</p>
                    <GoalBody goal={g} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function AssessmentText({ a }: { a: ReportAssessment }) {
  const t = useSharedTranslator('reports.snapshot');
  return (
    <>
      <StatusBadge kind="fulfilment" value={a.fulfilment} /> <span className="text-sm text-slate-700">{t('byUnit', { unit: a.byUnit })}</span>
      {a.forecast ? (
        <span className="ml-2 text-sm">
          {t('forecast')}: <StatusBadge kind="fulfilment" value={a.forecast} />
        </span>
      ) : null}
      <span className="mt-1 block whitespace-pre-line">{a.analysis}</span>
    </>
  );
}

function GoalBody({ goal }: { goal: ReportGoal }) {
  const t = useSharedTranslator('reports.snapshot');
  const format = useSharedFormatter();
  const c = goal.rollup.counts;
  const pct = (x: number | null) => (x === null ? '–' : format.number(x, { style: 'percent', maximumFractionDigits: 0 }));
  return (
    <div className="mt-2 space-y-2">
      <DefinitionList
        className="mt-0"
        items={[
          { term: t('proposal'), details: goal.rollup.proposed ? <StatusBadge kind="fulfilment" value={goal.rollup.proposed} /> : '–' },
          { term: t('assessment'), details: goal.assessment ? <AssessmentText a={goal.assessment} /> : <span className="text-slate-700">{t('notAssessed')}</span> },
        ]}
      />
      <p className="text-sm">{t('counts', { total: goal.rollup.activities, notStarted: c.notStarted, onTrack: c.onTrack, atRisk: c.atRisk, offTrack: c.offTrack, done: c.done })}</p>
      {goal.assessmentsBelow.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            {t('below')} ({goal.assessmentsBelow.length})
          </summary>
          <ul className="mt-1 space-y-2 pl-4">
            {goal.assessmentsBelow.map((a, i) => (
              <li key={i}>
                <AssessmentText a={a} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {goal.indicators.length ? (
        <DataTable caption={t('indicators')} showCaption density="compact" rows={goal.indicators} rowKey={(i) => i.name}>
          {[
            { header: t('indicator'), rowHeader: true, cell: (i) => i.name },
            { header: t('baseline'), numeric: true, cell: (i) => `${format.number(i.baseline)} ${i.unit}` },
            { header: t('target'), numeric: true, cell: (i) => `${format.number(i.target)} ${i.unit}` },
            { header: t('value'), numeric: true, cell: (i) => (i.value === null ? t('noValue') : `${format.number(i.value)} ${i.unit}`) },
            { header: t('progress'), numeric: true, cell: (i) => pct(i.progress) },
          ]}
        </DataTable>
      ) : null}
    </div>
  );
}
