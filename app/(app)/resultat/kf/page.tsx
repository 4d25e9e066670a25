import type { Metadata } from 'next';
import Link from 'next/link';
import { FulfilmentPair } from '@/features/dashboards/components/fulfilment-pair';
import { GoalTrend } from '@/features/dashboards/components/goal-trend';
import { IndicatorTable } from '@/features/dashboards/components/indicator-table';
import { RuleExplainer } from '@/features/rollup/components/rule-explainer';
import { StatusCountList } from '@/features/dashboards/components/status-counts';
import { StatusBadge } from '@/components/ui/status-badge';
import { getCouncilDashboard } from '@/features/dashboards/council';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import type { RollupFigures } from '@/features/dashboards/data';
import { goodShare } from '@/features/dashboards/trend';
import { orNotFound } from '@/lib/or-not-found';
import { ScrollArea } from '@/components/ui/scroll-area';
import { formatter, translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('dashboards.council');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ period?: string | string[] }> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CouncilDashboardPage({ searchParams }: Props) {
  const { period } = await searchParams;
  const d = await orNotFound(getCouncilDashboard(getDb(), await requireViewer(), first(period)));
  const t = await translator('dashboards');
  const format = await formatter();
  const share = (f: RollupFigures | null) => {
    const s = f ? goodShare(f.counts) : null;
    return s === null ? t('council.missing') : format.number(s / 100, { style: 'percent', maximumFractionDigits: 1 });
  };
  const points = (delta: number | null) => (delta === null ? t('council.missing') : t('council.points', { value: format.number(delta, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }) }));

  return (
    <>
      <p className="text-sm">
        <Link href="/resultat" className="text-administrative-800 underline">{t('council.back')}</Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t('council.title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {d.period ? t('council.intro', { year: d.year.year, period: d.period.name }) : t('council.noPeriod', { year: d.year.year })}
      </p>
      <p className="mt-2">
        <Link href="/resultat/rapporter" className="font-medium text-political-800 underline">{(await translator('reports.index'))('linkFromDashboard')}</Link>
      </p>

      {d.passed.length > 0 ? (
        <form method="get" action="/resultat/kf" className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="period" className="block font-medium">{t('council.period')}</label>
            <select id="period" name="period" defaultValue={d.period?.id} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2">
              {d.passed.map((p) => (
                <option key={p.id} value={p.id}>{p.name}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800">{t('council.show')}</button>
        </form>
      ) : null}

      {d.goals.length === 0 ? <p className="mt-6">{t('council.noGoals', { year: d.year.year })}</p> : null}
      <ol className="mt-6 space-y-8">
        {d.goals.map((g) => {
          const label = `${g.summary.code} ${g.summary.title}`;
          return (
            <li key={g.summary.id} id={`mal-${g.summary.id}`} className="rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm">
              <h2 className="text-xl font-semibold">{label}</h2>
              <p className="text-sm">
                <Link href={`/mal/${g.summary.id}`} className="text-administrative-800 underline">{t('goal.goalPage')}</Link>
              </p>
              <FulfilmentPair proposed={g.current?.proposed ?? null} assessment={g.summary.latestAssessment} />

              <div className="mt-4 grid gap-6 lg:grid-cols-2">
                <div>
                  <h3 className="font-semibold">{t('activities.heading')}</h3>
                  <StatusCountList counts={g.current?.counts ?? null} label={`${t('activities.heading')} – ${g.summary.code}`} />
                  <h3 className="mt-4 font-semibold">{t('council.comparisonHeading')}</h3>
                  <ScrollArea label={`${t('council.comparisonHeading')} – ${g.summary.code}`}>
                    <table className="mt-1 min-w-full text-sm">
                      <caption className="text-left text-slate-700">{t('council.comparisonCaption')}</caption>
                      <thead>
                        <tr className="border-b border-slate-300 text-left">
                          <th scope="col" className="py-1 pr-3">{t('council.when')}</th>
                          <th scope="col" className="py-1 pr-3">{t('council.share')}</th>
                          <th scope="col" className="py-1 pr-3">{t('goal.proposal')}</th>
                          <th scope="col" className="py-1">{t('council.change')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {[
                          { key: 'now', label: d.period ? t('council.now', { period: d.period.name }) : t('council.missing'), figures: g.current, delta: null as number | null },
                          { key: 'previous', label: t('council.previous', { period: d.previous?.name ?? t('council.missing') }), figures: g.previous, delta: g.deltaPrevious },
                          { key: 'lastYear', label: t('council.lastYear', { period: d.lastYear?.name ?? t('council.missing') }), figures: g.lastYear, delta: g.deltaLastYear },
                        ].map((row) => (
                          <tr key={row.key} className="border-b border-slate-200">
                            <th scope="row" className="py-1 pr-3 text-left font-normal">{row.label}</th>
                            <td className="py-1 pr-3">{share(row.figures)}</td>
                            <td className="py-1 pr-3">{row.figures?.proposed ? <StatusBadge kind="fulfilment" value={row.figures.proposed} /> : t('council.missing')}</td>
                            <td className="py-1">{row.key === 'now' ? '' : points(row.delta)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollArea>
                  <h3 className="mt-4 font-semibold">{t('indicators.heading')}</h3>
                  <IndicatorTable goalCode={g.summary.code} indicators={g.summary.indicators} progress={g.current?.indicatorProgress ?? null} />
                </div>
                <div>
                  <h3 className="font-semibold">{t('trend.heading')}</h3>
                  <GoalTrend goalId={g.summary.id} goalLabel={label} points={g.trend} />
                </div>
              </div>

              <h3 className="mt-6 font-semibold">{t('council.boardsHeading')}</h3>
              {g.boards.length === 0 ? <p className="text-slate-700">{t('council.noBoards')}</p> : null}
              <ul className="mt-2 grid gap-3 md:grid-cols-2">
                {g.boards.map((b) => (
                  <li key={b.summary.id} className="rounded-md border border-political-600/40 bg-political-50 p-3">
                    <p className="font-medium">
                      {b.summary.code} {b.summary.title}
                    </p>
                    <p className="text-sm text-slate-700">
                      {b.summary.ownerName}
                      {b.boardId ? (
                        <>
                          {' · '}
                          <Link href={`/resultat/namnd/${b.boardId}#mal-${b.summary.id}`} className="text-administrative-800 underline">{t('council.boardDashboard')}</Link>
                        </>
                      ) : null}
                    </p>
                    <FulfilmentPair proposed={b.current?.proposed ?? null} assessment={b.summary.latestAssessment} />
                    <p className="mt-1 text-sm">{b.current && b.current.activities > 0 ? t('council.boardLine', { count: b.current.activities, share: share(b.current) }) : t('activities.none')}</p>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>

      <RuleExplainer settings={d.settings} linkToRule />
    </>
  );
}
