import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { LanguageSwitch } from '@/components/layout/language-switch';
import { DataTable } from '@/components/ui/data-table';
import { Heading } from '@/components/ui/heading';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import { getPublicResults } from '@/features/public/queries';
import { getDb } from '@/db';
import { orNotFound } from '@/lib/or-not-found';
import type { OpenCouncilGoal, OpenReport, OpenReportGoal } from '@/features/public/open-data';
import { formatDate } from '@/lib/dates/format-date';
import { formatter, translator } from '@/lib/i18n/shared';

type Props = { params: Promise<{ kod: string }> };

// The title and the page read the same results, once per request.
const load = cache(async (kod: string) => orNotFound(getPublicResults(getDb(), kod)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).kod);
  const t = await translator('publicResults');
  return { title: t('title', { municipality: data.municipality.name }) };
}

/** The municipality's public results: readable by anyone, on a phone too, without signing in. */
export default async function PublicResultsPage({ params }: Props) {
  const data = await load((await params).kod);
  const t = await translator('publicResults');
  const base = `/oppna-data/${data.municipality.scbCode}`;
  return (
    <>
      <a href="#innehall" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t('skip')}
      </a>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">{data.municipality.name}</p>
          <div className="flex items-center gap-3">
            <LanguageSwitch className="text-administrative-800" />
            <TextLink href="/logga-in">{t('signIn')}</TextLink>
          </div>
        </div>
      </header>
      <main id="innehall" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title', { municipality: data.municipality.name })}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
        {data.vision ? (
          <Section id="vision-rubrik" title={t('vision')} look="card" className="mt-6">
            <p className="mt-2 text-lg">{data.vision.statement}</p>
            {data.vision.description ? <p className="mt-1 text-slate-700">{data.vision.description}</p> : null}
            {data.vision.guidingValues.length ? (
              <>
                <Heading level={3} size="sm" className="mt-3">
                  {t('guidingValues')}
                </Heading>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {data.vision.guidingValues.map((v) => (
                    <li key={v.name}>
                      <span className="font-medium">{v.name}</span> – {v.description}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>
        ) : null}
        <Section id="mal-rubrik" title={t('goals', { year: data.planYear ?? '' })} className="mt-8">
          {data.councilGoals.length === 0 ? <p className="mt-2">{t('noGoals')}</p> : null}
          <ul className="mt-3 space-y-4">
            {data.councilGoals.map((g) => (
              <CouncilGoal key={g.code} goal={g} />
            ))}
          </ul>
        </Section>
        <Section id="rapport-rubrik" title={t('report')} className="mt-8">
          {data.latestApprovedReport ? <Report report={data.latestApprovedReport} /> : <p className="mt-2">{t('noReport')}</p>}
        </Section>
        <Section id="data-rubrik" title={t('openData')} intro={t('openDataIntro')} look="card" className="mt-8">
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <TextLink href={`${base}/mal.json`} native>
                {t('json')}
              </TextLink>
            </li>
            <li>
              <TextLink href={`${base}/indikatorer.csv`} native>
                {t('indicatorsCsv')}
              </TextLink>
            </li>
            <li>
              <TextLink href={`${base}/bedomningar.csv`} native>
                {t('assessmentsCsv')}
              </TextLink>
            </li>
          </ul>
        </Section>
      </main>
    </>
  );
}

async function CouncilGoal({ goal }: { goal: OpenCouncilGoal }) {
  const t = await translator('publicResults');
  const format = await formatter();
  const n = (x: number, unit: string) => `${format.number(x, { maximumFractionDigits: 1 })} ${unit}`;
  return (
    <li className="rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm">
      <Heading level={3}>
        {goal.code} {goal.title}
      </Heading>
      {goal.description ? <p className="mt-1 text-slate-700">{goal.description}</p> : null}
      <DataTable caption={t('indicators', { code: goal.code })} density="compact" minWidth="32rem" rows={goal.indicators} rowKey={(i) => i.name} empty={t('noIndicators')}>
        {[
          { header: t('indicator'), rowHeader: true, cell: (i) => i.name },
          { header: t('baseline'), cell: (i) => t('withBaselineYear', { value: n(i.baseline, i.unit), year: i.baselineYear }) },
          {
            header: t('latest'),
            cell: (i) => {
              const latest = i.values.at(-1);
              return latest ? t('valueIn', { value: n(latest.value, i.unit), period: latest.period }) : t('noValue');
            },
          },
          { header: t('target'), numeric: true, cell: (i) => n(i.target, i.unit) },
          { header: t('source'), cell: (i) => i.source },
        ]}
      </DataTable>
    </li>
  );
}

async function Report({ report }: { report: OpenReport }) {
  const t = await translator('publicResults');
  const locale = await getLocale();
  const date = formatDate(report.decidedOn, locale);
  return (
    <div className="mt-2">
      <Heading level={3}>{t('reportHeading', { title: report.title })}</Heading>
      <p className="text-slate-700">{t('decided', { body: report.decidedBy, date, paragraph: report.paragraph })}</p>
      <p className="mt-2">
        <span className="font-medium">{t('summary')}: </span>
        {t('summaryCounts', { fulfilled: report.summary.fulfilled, partly: report.summary.partlyFulfilled, not: report.summary.notFulfilled, notAssessed: report.summary.notAssessed })}
      </p>
      <ul className="mt-3 space-y-4">
        {report.sections.map((s) => (
          <li key={s.code} className="rounded-lg bg-white p-4 shadow-sm">
            <Heading level={4}>
              {s.code} {s.title}
            </Heading>
            <Assessment goal={s} />
            {s.contributions.length ? (
              <>
                <Heading level={5} className="mt-3">
                  {t('contributions')}
                </Heading>
                <ul className="mt-1 space-y-3 border-l-2 border-slate-200 pl-3">
                  {s.contributions.map((c) => (
                    <li key={`${c.board}-${c.code}`}>
                      <p className="font-medium">{`${c.code} ${c.title}`}</p>
                      <Assessment goal={c} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

async function Assessment({ goal }: { goal: OpenReportGoal }) {
  const t = await translator('publicResults');
  return (
    <dl className="mt-1 space-y-1 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <dt className="font-medium">{t('assessment')}:</dt>
        <dd>
          {goal.fulfilment ? <StatusBadge kind="fulfilment" value={goal.fulfilment} /> : t('notAssessed')} <span className="text-slate-700">{t('assessedBy', { body: goal.assessedBy })}</span>
        </dd>
      </div>
      {goal.forecast ? (
        <div className="flex flex-wrap items-center gap-2">
          <dt className="font-medium">{t('forecast')}:</dt>
          <dd>
            <StatusBadge kind="fulfilment" value={goal.forecast} />
          </dd>
        </div>
      ) : null}
      {goal.analysis ? (
        <div>
          <dt className="font-medium">{t('analysis')}:</dt>
          <dd className="whitespace-pre-line">{goal.analysis}</dd>
        </div>
      ) : null}
    </dl>
  );
}
