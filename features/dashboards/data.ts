import 'server-only';
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { followUpPeriods, planYears } from '@/db/schema';
import type { Fulfilment } from '@/lib/domain/fulfilment';
import { latestPassedPeriod, passedMonthlyPeriods, type PeriodRef } from '@/features/dashboards/periods';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import type { StatusCounts } from '@/features/dashboards/trend';
import { settingsOf } from '@/features/rollup/store';
import { currentPlanYear } from '@/features/plan-years/current';

/** One goal's maintained figures for one period, as read from goal_rollups. */
export interface RollupFigures {
  counts: StatusCounts;
  activities: number;
  indicatorProgress: number | null;
  proposed: Fulfilment | null;
}

interface DashboardPeriods {
  year: { id: number; year: number };
  periods: PeriodRef[];
  /** The latest period whose end has passed; null early in January. */
  current: PeriodRef | null;
  /** The trend's months; they are named in the reader's language when the page is drawn, since one view serves every reader. */
  trend: { id: number; periodEnd: string }[];
  previousYear: { id: number; year: number; periods: PeriodRef[] } | null;
}

function periodsOf(db: Db, planYearId: number): PeriodRef[] {
  return db.select({ id: followUpPeriods.id, kind: followUpPeriods.kind, name: followUpPeriods.name, periodEnd: followUpPeriods.periodEnd }).from(followUpPeriods).where(eq(followUpPeriods.planYearId, planYearId)).orderBy(asc(followUpPeriods.periodEnd)).all();
}

/** The current plan year's periods, the one the dashboards show by default, and last year's for comparison. */
export function dashboardPeriods(db: Db, municipalityId: number, today = todayInStockholm()): DashboardPeriods | null {
  const year = currentPlanYear(db, municipalityId);
  if (!year) return null;
  const periods = periodsOf(db, year.id);
  const before = db
    .select({ id: planYears.id, year: planYears.year })
    .from(planYears)
    .where(and(eq(planYears.municipalityId, municipalityId), lt(planYears.year, year.year)))
    .orderBy(planYears.year)
    .all()
    .at(-1);
  return {
    year,
    periods,
    current: latestPassedPeriod(periods, today),
    trend: passedMonthlyPeriods(periods, today).map((p) => ({ id: p.id, periodEnd: p.periodEnd })),
    previousYear: before && before.year === year.year - 1 ? { ...before, periods: periodsOf(db, before.id) } : null,
  };
}

const key = (goalId: number, periodId: number) => `${goalId}:${periodId}`;

/**
 * The maintained roll-up rows of some goals in some periods: one primary-key lookup per pair, never
 * the follow-up rows. The ids go in as JSON, so the statement's text (and so its prepared form) is
 * the same whatever the lists; rows come back as arrays, the cheapest shape to read.
 */
export function loadRollups(db: Db, goalIds: number[], periodIds: number[]) {
  const rows = (
    goalIds.length && periodIds.length
      ? db.$client
          .prepare(
            `SELECT goal_id, period_id, not_started, on_track, at_risk, off_track, done, activities, indicator_progress, proposed FROM goal_rollups
             WHERE goal_id IN (SELECT value FROM json_each(?)) AND period_id IN (SELECT value FROM json_each(?))`,
          )
          .raw()
          .all(JSON.stringify(goalIds), JSON.stringify(periodIds))
      : []
  ) as [number, number, number, number, number, number, number, number, number | null, Fulfilment | null][];
  const byKey = new Map<string, RollupFigures>();
  for (const [goalId, periodId, notStarted, onTrack, atRisk, offTrack, done, activities, indicatorProgress, proposed] of rows) {
    byKey.set(key(goalId, periodId), {
      counts: { not_started: notStarted, on_track: onTrack, at_risk: atRisk, off_track: offTrack, done },
      activities,
      indicatorProgress,
      proposed,
    });
  }
  return {
    get: (goalId: number, periodId: number | undefined | null) => (periodId == null ? null : (byKey.get(key(goalId, periodId)) ?? null)),
    countsByPeriod: (goalId: number) => {
      const map = new Map<number, StatusCounts>();
      for (const p of periodIds) {
        const f = byKey.get(key(goalId, p));
        if (f) map.set(p, f.counts);
      }
      return map;
    },
  };
}

/** The municipality's weights and thresholds behind every proposal on the page. */
export const ruleSettings = (db: Db, municipalityId: number) => settingsOf(db, municipalityId);
