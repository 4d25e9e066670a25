import type { Metadata } from 'next';
import { Heading } from '@/components/ui/heading';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { ReportsLink } from '@/features/reports/components/reports-link';
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
      <PageHeader title={t('board.title', { board: d.board.name })} back={{ href: '/resultat', label: t('board.back') }} lead={d.period ? t('board.intro', { year: d.year.year, period: d.period.name }) : t('board.noPeriod', { year: d.year.year })} actions={<ReportsLink />} />

      <Section id="mal-rubrik" title={t('board.goalsHeading')} hideTitle className="mt-6">
        {d.goals.length === 0 ? <p>{t('board.noGoals', { year: d.year.year })}</p> : null}
        <ol className="space-y-8">
          {d.goals.map(({ summary, current, trend, administrationGoals }) => {
            const label = `${summary.code} ${summary.title}`;
            return (
              <li key={summary.id} id={`mal-${summary.id}`} className="rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm">
                <Heading level={3} size="lg">
                  {label}
                </Heading>
                <p className="text-sm text-slate-700">
                  {t('goal.owner', { owner: summary.ownerName })} · <TextLink href={`/mal/${summary.id}`}>{t('goal.goalPage')}</TextLink>
                </p>
                <FulfilmentPair proposed={current?.proposed ?? null} assessment={summary.latestAssessment} />

                <div className="mt-4 grid gap-6 lg:grid-cols-2">
                  <div>
                    <Heading level={4}>{t('activities.heading')}</Heading>
                    <StatusCountList counts={current?.counts ?? null} label={`${t('activities.heading')} – ${summary.code}`} />
                    <Heading level={4} className="mt-4">
                      {t('indicators.heading')}
                    </Heading>
                    <IndicatorTable goalCode={summary.code} indicators={summary.indicators} progress={current?.indicatorProgress ?? null} />
                  </div>
                  <div>
                    <Heading level={4}>{t('trend.heading')}</Heading>
                    <GoalTrend goalId={summary.id} goalLabel={label} points={trend} />
                  </div>
                </div>

                <Heading level={4} className="mt-6">
                  {t('drill.heading', { goal: summary.code })}
                </Heading>
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
                        <p className="mt-2">{isOpen ? <TextLink href={`${here}#forvaltningsmal-${g.summary.id}`}>{t('drill.close')}</TextLink> : <TextLink href={`${here}?mal=${g.summary.id}#forvaltningsmal-${g.summary.id}`}>{t('drill.open', { code: g.summary.code })}</TextLink>}</p>
                        {isOpen && d.open ? <UnitTable goalLabel={`${g.summary.code} ${g.summary.title}`} units={d.open.units} rest={d.open.rest} /> : null}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ol>
      </Section>

      <RuleExplainer settings={d.settings} linkToRule />
    </>
  );
}
