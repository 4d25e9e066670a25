import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/connection';
import { demoDatabase } from '@/test-support/demo-database';
import { unitStatusCounts } from '@/features/rollup/unit-figures';
import { emptyCounts } from '@/features/rollup/rules';

vi.mock('server-only', () => ({}));

let db: Db;
beforeAll(async () => {
  db = await demoDatabase();
}, 120_000);

interface RollupRow {
  goalId: number;
  periodId: number;
  periodEnd: string;
  planYearId: number;
  year: number;
  activities: number;
  not_started: number;
  on_track: number;
  at_risk: number;
  off_track: number;
  done: number;
}

describe("the units' figures of a goal", () => {
  it("add up to the goal's roll-up for every goal and period", () => {
    const rows = db.$client
      .prepare(
        `SELECT r.goal_id AS goalId, r.period_id AS periodId, fp.period_end AS periodEnd, fp.plan_year_id AS planYearId, py.year, r.activities,
                r.not_started, r.on_track, r.at_risk, r.off_track, r.done
         FROM goal_rollups r JOIN follow_up_periods fp ON fp.id = r.period_id JOIN plan_years py ON py.id = fp.plan_year_id`,
      )
      .all() as RollupRow[];
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.some((r) => r.activities > 0)).toBe(true);
    for (const r of rows) {
      const sum = emptyCounts();
      for (const counts of unitStatusCounts(db, r).values()) for (const [status, n] of Object.entries(counts)) sum[status as keyof typeof sum] += n;
      expect({ goal: r.goalId, period: r.periodId, ...sum }).toEqual({ goal: r.goalId, period: r.periodId, not_started: r.not_started, on_track: r.on_track, at_risk: r.at_risk, off_track: r.off_track, done: r.done });
    }
  });
});
