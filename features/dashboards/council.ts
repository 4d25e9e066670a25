import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { goalLinks, goals } from '@/db/schema';
import { previousPeriod, samePeriodPreviousYear } from '@/features/dashboards/periods';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import { goodShareDelta, trendOf } from '@/features/dashboards/trend';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { dashboardPeriods, loadRollups, ruleSettings } from './data';
import { councilGoalIds, loadGoalSummaries } from '@/features/goals/details';
import { ReadCache } from '@/lib/cache/read-cache';

/**
 * The council's view: each council goal of the current plan year with the boards' contributing
 * goals, the proposal and the latest assessment, the monthly trend, and a comparison with the
 * previous period and with the same period last year (through the goal it was carried from).
 * The reader may pick any passed period of the year, e.g. the interim report.
 */
export async function getCouncilDashboard(db: Db, viewer: Viewer, rawPeriod: string | undefined): Promise<CouncilDashboard> {
  // Results are public within the municipality: every signed-in reader gets the same view. Which
  // periods have passed depends on the date, so the date is part of the key.
  return councilViews.read(db, `${viewer.municipalityId}:${todayInStockholm()}:${rawPeriod ?? ''}`, () => buildCouncilDashboard(db, viewer.municipalityId, rawPeriod));
}

type CouncilDashboard = ReturnType<typeof buildCouncilDashboard>;
/** Kept until anything is written: the council's view is read by many and costs a few queries per goal. */
const councilViews = new ReadCache<CouncilDashboard>(50);

function buildCouncilDashboard(db: Db, municipalityId: number, rawPeriod: string | undefined) {
  const periods = dashboardPeriods(db, municipalityId);
  if (!periods) throw new NotFoundError('Planåret');
  const passed = periods.current ? periods.periods.filter((p) => p.periodEnd <= periods.current!.periodEnd) : [];
  const chosen = rawPeriod ? passed.find((p) => String(p.id) === rawPeriod) : periods.current;
  if (rawPeriod && !chosen) throw new NotFoundError('Perioden');
  const previous = chosen ? previousPeriod(periods.periods, chosen) : null;
  const lastYear = chosen && periods.previousYear ? samePeriodPreviousYear(periods.previousYear.periods, chosen) : null;

  const topIds = councilGoalIds(db, periods.year.id);
  const links = topIds.length ? db.select().from(goalLinks).where(inArray(goalLinks.contributesToGoalId, topIds)).all() : [];
  const boardGoalIds = [...new Set(links.map((l) => l.goalId))];
  const parents = new Map<number, number[]>();
  for (const l of links) parents.set(l.goalId, [...(parents.get(l.goalId) ?? []), l.contributesToGoalId]);
  const summaries = loadGoalSummaries(db, [...topIds, ...boardGoalIds], parents);
  const byId = new Map(summaries.map((s) => [s.id, s]));

  // The board goals' owners, and last year's goals the council goals were carried from.
  const meta = db
    .select({ id: goals.id, ownerUnitId: goals.ownerUnitId, carriedFromGoalId: goals.carriedFromGoalId })
    .from(goals)
    .where(inArray(goals.id, [...topIds, ...boardGoalIds]))
    .all();
  const metaOf = new Map(meta.map((m) => [m.id, m]));
  const carried = meta.filter((m) => topIds.includes(m.id) && m.carriedFromGoalId !== null).map((m) => m.carriedFromGoalId!);
  const lastYearGoals =
    carried.length && periods.previousYear
      ? db
          .select({ id: goals.id })
          .from(goals)
          .where(and(inArray(goals.id, carried), eq(goals.planYearId, periods.previousYear.id)))
          .all()
          .map((g) => g.id)
      : [];

  const periodIds = [...new Set([...periods.trend.map((p) => p.id), ...[chosen, previous].filter((p) => p != null).map((p) => p.id)])];
  const rollups = loadRollups(db, [...topIds, ...boardGoalIds], periodIds);
  const lastYearRollups = loadRollups(db, lastYearGoals, lastYear ? [lastYear.id] : []);

  const councilGoals = summaries
    .filter((s) => topIds.includes(s.id))
    .map((summary) => {
      const now = rollups.get(summary.id, chosen?.id);
      const before = rollups.get(summary.id, previous?.id);
      const fromGoal = metaOf.get(summary.id)?.carriedFromGoalId;
      const yearAgo = fromGoal != null && lastYearGoals.includes(fromGoal) ? lastYearRollups.get(fromGoal, lastYear?.id) : null;
      return {
        summary,
        current: now,
        previous: before,
        lastYear: yearAgo,
        deltaPrevious: goodShareDelta(now?.counts ?? null, before?.counts ?? null),
        deltaLastYear: goodShareDelta(now?.counts ?? null, yearAgo?.counts ?? null),
        trend: trendOf(periods.trend, rollups.countsByPeriod(summary.id)),
        boards: links
          .filter((l) => l.contributesToGoalId === summary.id)
          .map((l) => byId.get(l.goalId))
          .filter((g) => g !== undefined)
          .map((g) => ({ summary: g, boardId: metaOf.get(g.id)?.ownerUnitId ?? null, current: rollups.get(g.id, chosen?.id) })),
      };
    });

  return {
    year: periods.year,
    period: chosen ?? null,
    previous,
    lastYear,
    /** Newest first, for the period picker. */
    passed: [...passed].reverse(),
    settings: ruleSettings(db, municipalityId),
    goals: councilGoals,
  };
}
