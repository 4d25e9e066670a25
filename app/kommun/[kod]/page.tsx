import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { LanguageSwitch } from '@/components/layout/language-switch';
import { StatusBadge } from '@/components/ui/status-badge';
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
      <a href="#innehall" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">{t('skip')}</a>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">{data.municipality.name}</p>
          <div className="flex items-center gap-3">
            <LanguageSwitch className="text-administrative-800" />
            <Link href="/logga-in" className="text-administrative-800 underline">{t('signIn')}</Link>
          </div>
        </div>
      </header>
      <main id="innehall" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title', { municipality: data.municipality.name })}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
        {data.vision ? (
          <section aria-labelledby="vision-rubrik" className="mt-6 rounded-lg bg-white p-4 shadow-sm">
            <h2 id="vision-rubrik" className="text-xl font-semibold">{t('vision')}</h2>
            <p className="mt-2 text-lg">{data.vision.statement}</p>
            {data.vision.description ? <p className="mt-1 text-slate-700">{data.vision.description}</p> : null}
            {data.vision.guidingValues.length ? (
              <>
                <h3 className="mt-3 font-semibold">{t('guidingValues')}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {data.vision.guidingValues.map((v) => (
                    <li key={v.name}>
                      <span className="font-medium">{v.name}</span> – {v.description}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}
        <section aria-labelledby="mal-rubrik" className="mt-8">
          <h2 id="mal-rubrik" className="text-xl font-semibold">{t('goals', { year: data.planYear ?? '' })}</h2>
          {data.councilGoals.length === 0 ? <p className="mt-2">{t('noGoals')}</p> : null}
          <ul className="mt-3 space-y-4">
            {data.councilGoals.map((g) => (
              <CouncilGoal key={g.code} goal={g} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="rapport-rubrik" className="mt-8">
          <h2 id="rapport-rubrik" className="text-xl font-semibold">{t('report')}</h2>
          {data.latestApprovedReport ? <Report report={data.latestApprovedReport} /> : <p className="mt-2">{t('noReport')}</p>}
        </section>
        <section aria-labelledby="data-rubrik" className="mt-8 rounded-lg bg-white p-4 shadow-sm">
          <h2 id="data-rubrik" className="text-xl font-semibold">{t('openData')}</h2>
          <p className="mt-1 text-slate-700">{t('openDataIntro')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li><a href={`${base}/mal.json`} className="text-administrative-800 underline">{t('json')}</a></li>
            <li><a href={`${base}/indikatorer.csv`} className="text-administrative-800 underline">{t('indicatorsCsv')}</a></li>
            <li><a href={`${base}/bedomningar.csv`} className="text-administrative-800 underline">{t('assessmentsCsv')}</a></li>
          </ul>
        </section>
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
      <h3 className="text-lg font-semibold">
        {goal.code} {goal.title}
      </h3>
      {goal.description ? <p className="mt-1 text-slate-700">{goal.description}</p> : null}
      {goal.indicators.length === 0 ? (
        <p className="mt-2 text-slate-700">{t('noIndicators')}</p>
      ) : (
        // A wide table scrolls sideways on a phone; the box takes keyboard focus so it can be scrolled without a mouse.
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={t('indicators', { code: goal.code })}>
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">{t('indicators', { code: goal.code })}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">{t('indicator')}</th>
                <th scope="col" className="py-1 pr-3">{t('baseline')}</th>
                <th scope="col" className="py-1 pr-3">{t('latest')}</th>
                <th scope="col" className="py-1 pr-3">{t('target')}</th>
                <th scope="col" className="py-1">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.indicators.map((i) => {
                const latest = i.values.at(-1);
                return (
                  <tr key={i.name} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-1 pr-3 font-medium">{i.name}</th>
                    <td className="py-1 pr-3">{t('withBaselineYear', { value: n(i.baseline, i.unit), year: i.baselineYear })}</td>
                    <td className="py-1 pr-3">{latest ? t('valueIn', { value: n(latest.value, i.unit), period: latest.period }) : t('noValue')}</td>
                    <td className="py-1 pr-3">{n(i.target, i.unit)}</td>
                    <td className="py-1">{i.source}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

async function Report({ report }: { report: OpenReport }) {
  const t = await translator('publicResults');
  const locale = await getLocale();
  const date = formatDate(report.decidedOn, locale);
  return (
    <div className="mt-2">
      <h3 className="text-lg font-semibold">{t('reportHeading', { title: report.title })}</h3>
      <p className="text-slate-700">{t('decided', { body: report.decidedBy, date, paragraph: report.paragraph })}</p>
      <p className="mt-2">
        <span className="font-medium">{t('summary')}: </span>
        {t('summaryCounts', { fulfilled: report.summary.fulfilled, partly: report.summary.partlyFulfilled, not: report.summary.notFulfilled, notAssessed: report.summary.notAssessed })}
      </p>
      <ul className="mt-3 space-y-4">
        {report.sections.map((s) => (
          <li key={s.code} className="rounded-lg bg-white p-4 shadow-sm">
            <h4 className="font-semibold">
              {s.code} {s.title}
            </h4>
            <Assessment goal={s} />
            {s.contributions.length ? (
              <>
                <h5 className="mt-3 font-medium">{t('contributions')}</h5>
                <ul className="mt-1 space-y-3 border-l-2 border-slate-200 pl-3">
                  {s.contributions.map((c) => (
                    <li key={`${c.board}-${c.code}`}>
                      <p className="font-medium">
                        {c.code} {c.title}
                      </p>
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
        <dd>{goal.fulfilment ? <StatusBadge kind="fulfilment" value={goal.fulfilment} /> : t('notAssessed')} <span className="text-slate-700">{t('assessedBy', { body: goal.assessedBy })}</span></dd>
      </div>
      {goal.forecast ? (
        <div className="flex flex-wrap items-center gap-2">
          <dt className="font-medium">{t('forecast')}:</dt>
          <dd><StatusBadge kind="fulfilment" value={goal.forecast} /></dd>
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
