import type { Metadata } from 'next';
import Link from 'next/link';
import { FulfilmentPair } from '@/features/dashboards/components/fulfilment-pair';
import { GoalTrend } from '@/features/dashboards/components/goal-trend';
import { IndicatorTable } from '@/features/dashboards/components/indicator-table';
import { RuleExplainer } from '@/features/rollup/components/rule-explainer';
import { StatusCountList } from '@/features/dashboards/components/status-counts';
import { UnitTable } from '@/features/dashboards/components/unit-table';
import { getBoardDashboard, getBoardName } from '@/features/dashboards/board';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ mal?: string | string[] }> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const name = await orNotFound(getBoardName(getDb(), await requireViewer(), id));
  const t = await translator('dashboards.board');
  return { title: t('title', { board: name }) };
}

export default async function BoardDashboardPage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const d = await orNotFound(getBoardDashboard(getDb(), await requireViewer(), { boardId: id, openGoalId: first(search.mal) }));
  const t = await translator('dashboards');
  const here = `/resultat/namnd/${d.board.id}`;

  return (
    <>
      <p className="text-sm">
        <Link href="/resultat" className="text-administrative-800 underline">{t('board.back')}</Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t('board.title', { board: d.board.name })}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {d.period ? t('board.intro', { year: d.year.year, period: d.period.name }) : t('board.noPeriod', { year: d.year.year })}
      </p>
      <p className="mt-2">
        <Link href="/resultat/rapporter" className="font-medium text-political-800 underline">{(await translator('reports.index'))('linkFromDashboard')}</Link>
      </p>

      <section aria-labelledby="mal-rubrik" className="mt-6">
        <h2 id="mal-rubrik" className="sr-only">{t('board.goalsHeading')}</h2>
        {d.goals.length === 0 ? <p>{t('board.noGoals', { year: d.year.year })}</p> : null}
        <ol className="space-y-8">
          {d.goals.map(({ summary, current, trend, administrationGoals }) => {
            const label = `${summary.code} ${summary.title}`;
            return (
              <li key={summary.id} id={`mal-${summary.id}`} className="rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm">
                <h3 className="text-xl font-semibold">{label}</h3>
                <p className="text-sm text-slate-700">
                  {t('goal.owner', { owner: summary.ownerName })} ·{' '}
                  <Link href={`/mal/${summary.id}`} className="text-administrative-800 underline">{t('goal.goalPage')}</Link>
                </p>
                <FulfilmentPair proposed={current?.proposed ?? null} assessment={summary.latestAssessment} />

                <div className="mt-4 grid gap-6 lg:grid-cols-2">
                  <div>
                    <h4 className="font-semibold">{t('activities.heading')}</h4>
                    <StatusCountList counts={current?.counts ?? null} label={`${t('activities.heading')} – ${summary.code}`} />
                    <h4 className="mt-4 font-semibold">{t('indicators.heading')}</h4>
                    <IndicatorTable goalCode={summary.code} indicators={summary.indicators} progress={current?.indicatorProgress ?? null} />
                  </div>
                  <div>
                    <h4 className="font-semibold">{t('trend.heading')}</h4>
                    <GoalTrend goalId={summary.id} goalLabel={label} points={trend} />
                  </div>
                </div>

                <h4 className="mt-6 font-semibold">{t('drill.heading', { goal: summary.code })}</h4>
                {administrationGoals.length === 0 ? <p className="text-slate-700">{t('drill.none')}</p> : null}
                <ul className="mt-2 space-y-3">
                  {administrationGoals.map((g) => {
                    const isOpen = d.open?.goal.id === g.summary.id;
                    return (
                      <li key={g.summary.id} id={`forvaltningsmal-${g.summary.id}`} className="rounded-md border border-administrative-600/40 bg-administrative-50 p-3">
                        <p className="font-medium">
                          {g.summary.code} {g.summary.title} <span className="text-sm font-normal text-slate-700">({g.summary.ownerName})</span>
                        </p>
                        <FulfilmentPair proposed={g.current?.proposed ?? null} assessment={g.summary.latestAssessment} />
                        <StatusCountList counts={g.current?.counts ?? null} label={`${t('activities.heading')} – ${g.summary.code}`} />
                        <p className="mt-2">
                          {isOpen ? (
                            <Link href={`${here}#forvaltningsmal-${g.summary.id}`} className="font-medium text-administrative-800 underline">{t('drill.close')}</Link>
                          ) : (
                            <Link href={`${here}?mal=${g.summary.id}#forvaltningsmal-${g.summary.id}`} className="font-medium text-administrative-800 underline">{t('drill.open', { code: g.summary.code })}</Link>
                          )}
                        </p>
                        {isOpen && d.open ? <UnitTable goalLabel={`${g.summary.code} ${g.summary.title}`} units={d.open.units} rest={d.open.rest} /> : null}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>

      <RuleExplainer settings={d.settings} linkToRule />
    </>
  );
}
