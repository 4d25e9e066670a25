import type { Metadata } from 'next';
import { FulfilmentPair } from '@/features/dashboards/components/fulfilment-pair';
import { GoalTrend } from '@/features/dashboards/components/goal-trend';
import { IndicatorTable } from '@/features/dashboards/components/indicator-table';
import { RuleExplainer } from '@/features/rollup/components/rule-explainer';
import { StatusCountList } from '@/features/dashboards/components/status-counts';
import { DataTable } from '@/components/ui/data-table';
import { Heading } from '@/components/ui/heading';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import { PeriodChoice } from '@/features/dashboards/components/period-choice';
import { ReportsLink } from '@/features/reports/components/reports-link';
import { getCouncilDashboard } from '@/features/dashboards/council';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import type { RollupFigures } from '@/features/dashboards/data';
import { goodShare } from '@/features/dashboards/trend';
import { orNotFound } from '@/lib/or-not-found';
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
      <PageHeader title={t('council.title')} back={{ href: '/resultat', label: t('council.back') }} lead={d.period ? t('council.intro', { year: d.year.year, period: d.period.name }) : t('council.noPeriod', { year: d.year.year })} actions={<ReportsLink />} />

      {d.passed.length > 0 ? <PeriodChoice action="/resultat/kf" label={t('council.period')} submit={t('council.show')} periods={d.passed} chosen={d.period?.id} /> : null}

      {d.goals.length === 0 ? <p className="mt-6">{t('council.noGoals', { year: d.year.year })}</p> : null}
      <ol className="mt-6 space-y-8">
        {d.goals.map((g) => {
          const label = `${g.summary.code} ${g.summary.title}`;
          const comparison = [
            { key: 'now', label: d.period ? t('council.now', { period: d.period.name }) : t('council.missing'), figures: g.current, delta: null as number | null },
            { key: 'previous', label: t('council.previous', { period: d.previous?.name ?? t('council.missing') }), figures: g.previous, delta: g.deltaPrevious },
            { key: 'lastYear', label: t('council.lastYear', { period: d.lastYear?.name ?? t('council.missing') }), figures: g.lastYear, delta: g.deltaLastYear },
          ];
          return (
            <li key={g.summary.id} id={`mal-${g.summary.id}`} className="rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm">
              <Heading level={2}>{label}</Heading>
              <p className="text-sm">
                <TextLink href={`/mal/${g.summary.id}`}>{t('goal.goalPage')}</TextLink>
              </p>
              <FulfilmentPair proposed={g.current?.proposed ?? null} assessment={g.summary.latestAssessment} />

              <div className="mt-4 grid gap-6 lg:grid-cols-2">
                <div>
                  <Heading level={3} size="sm">
                    {t('activities.heading')}
                  </Heading>
                  <StatusCountList counts={g.current?.counts ?? null} label={`${t('activities.heading')} – ${g.summary.code}`} />
                  <Heading level={3} size="sm" className="mt-4">
                    {t('council.comparisonHeading')}
                  </Heading>
                  <DataTable caption={t('council.comparisonCaption')} showCaption scrollLabel={`${t('council.comparisonHeading')} – ${g.summary.code}`} density="compact" rows={comparison} rowKey={(row) => row.key}>
                    {[
                      { header: t('council.when'), rowHeader: true, cell: (row) => row.label },
                      { header: t('council.share'), numeric: true, cell: (row) => share(row.figures) },
                      { header: t('goal.proposal'), cell: (row) => (row.figures?.proposed ? <StatusBadge kind="fulfilment" value={row.figures.proposed} /> : t('council.missing')) },
                      { header: t('council.change'), numeric: true, cell: (row) => (row.key === 'now' ? '' : points(row.delta)) },
                    ]}
                  </DataTable>
                  <Heading level={3} size="sm" className="mt-4">
                    {t('indicators.heading')}
                  </Heading>
                  <IndicatorTable goalCode={g.summary.code} indicators={g.summary.indicators} progress={g.current?.indicatorProgress ?? null} />
                </div>
                <div>
                  <Heading level={3} size="sm">
                    {t('trend.heading')}
                  </Heading>
                  <GoalTrend goalId={g.summary.id} goalLabel={label} points={g.trend} />
                </div>
              </div>

              <Heading level={3} size="sm" className="mt-6">
                {t('council.boardsHeading')}
              </Heading>
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
                          <TextLink href={`/resultat/namnd/${b.boardId}#mal-${b.summary.id}`}>{t('council.boardDashboard')}</TextLink>
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
