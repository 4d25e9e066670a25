import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/connection';
import { demoDatabase, viewerOf } from '@/test-support/demo-database';
import { getBoardDashboard } from '@/features/dashboards/board';
import { contributionCounts } from '@/features/goals/contributions';
import { linkedActivities, unitSubtree } from '@/features/goals/activities';
import { staffCounts } from '@/features/organisation/staff';
import { addActivity, startNewVersion } from '@/features/plans/mutations';
import { contributingUnits } from '@/features/reports/context';
import { emptyCounts, type StatusCounts } from '@/features/rollup/rules';
import { rebuildRollups } from '@/features/rollup/store';
import { unitStatusCounts } from '@/features/rollup/unit-figures';

vi.mock('server-only', () => ({}));

/**
 * One number, one truth: every place that shows a goal's activities, their statuses, or a unit's
 * staff computes it from the same rule and gets the same value. All goals, periods, boards and
 * administrations of the demo municipality are checked, not a sample.
 */
let db: Db;
let year: { id: number; year: number };
beforeAll(async () => {
  db = await demoDatabase();
  year = db.$client.prepare("SELECT id, year FROM plan_years WHERE status = 'open' AND municipality_id = 1").get() as typeof year;
}, 120_000);

const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
interface Rollup extends StatusCounts {
  goalId: number;
  periodId: number;
  periodEnd: string;
  activities: number;
}
const rollups = () =>
  all<Rollup>(
    `SELECT r.goal_id AS goalId, r.period_id AS periodId, fp.period_end AS periodEnd, r.activities, r.not_started, r.on_track, r.at_risk, r.off_track, r.done
     FROM goal_rollups r JOIN follow_up_periods fp ON fp.id = r.period_id WHERE fp.plan_year_id = ? ORDER BY r.goal_id, fp.period_end`,
    year.id,
  );
const statusesOf = (r: Rollup): StatusCounts => ({ not_started: r.not_started, on_track: r.on_track, at_risk: r.at_risk, off_track: r.off_track, done: r.done });
const sumOf = (many: Iterable<StatusCounts>) => {
  const sum = emptyCounts();
  for (const counts of many) for (const status of Object.keys(sum) as (keyof StatusCounts)[]) sum[status] += counts[status];
  return sum;
};
const leafGoals = () => new Set(all<{ id: number }>('SELECT g.id FROM goals g WHERE g.plan_year_id = ? AND NOT EXISTS (SELECT 1 FROM goal_links l WHERE l.contributes_to_goal_id = g.id)', year.id).map((g) => g.id));

/** Every figure of every goal as the pages show it, to compare before and after a write. */
function figures() {
  const contributions = contributionCounts(db, year.id);
  const leaves = leafGoals();
  return rollups().map((r) => ({
    goal: r.goalId,
    period: r.periodId,
    rollup: { activities: r.activities, ...statusesOf(r) },
    goalPage: contributions.get(r.goalId)?.activities ?? 0,
    activityList: leaves.has(r.goalId) ? linkedActivities(db, r.goalId, { limit: 1 }).total : r.activities,
    units: sumOf(unitStatusCounts(db, { goalId: r.goalId, planYearId: year.id, year: year.year, periodEnd: r.periodEnd }).values()),
  }));
}

describe('one number, one truth', () => {
  it("a goal's activities are the same number on the goal page, in its activity list, in the roll-up and as its units' sum", () => {
    const rows = figures();
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((r) => r.rollup.activities > 0).length).toBeGreaterThan(20);
    for (const r of rows) {
      expect({ goal: r.goal, goalPage: r.goalPage, activityList: r.activityList }).toEqual({ goal: r.goal, goalPage: r.rollup.activities, activityList: r.rollup.activities });
      expect({ goal: r.goal, period: r.period, ...r.units }).toEqual({ goal: r.goal, period: r.period, ...r.rollup, activities: undefined });
    }
  });

  it("the board dashboard's units add up to the goal's row it opens from", async () => {
    const viewer = viewerOf(db, 'namndledamot@sjovik.se');
    const boards = all<{ id: number }>("SELECT id FROM org_units WHERE municipality_id = 1 AND kind IN ('board', 'executive_board')");
    let opened = 0;
    for (const board of boards) {
      const dashboard = await getBoardDashboard(db, viewer, { boardId: String(board.id), openGoalId: undefined });
      for (const goal of dashboard.goals.flatMap((g) => g.administrationGoals)) {
        const open = (await getBoardDashboard(db, viewer, { boardId: String(board.id), openGoalId: String(goal.summary.id) })).open!;
        expect(open.goal.id).toBe(goal.summary.id);
        if (open.rest > 0 || !goal.current) continue;
        opened++;
        expect({ goal: goal.summary.id, ...sumOf(open.units.map((u) => u.counts)) }).toEqual({ goal: goal.summary.id, ...goal.current.counts });
      }
    }
    expect(opened).toBeGreaterThan(5);
  });

  it("a unit's staff is everyone employed now in it and below it, once each", () => {
    const units = all<{ id: number }>("SELECT id FROM org_units WHERE municipality_id = 1 AND side = 'administrative' AND closed_at IS NULL");
    const staff = staffCounts(
      db,
      units.map((u) => u.id),
    );
    for (const u of units) {
      const below = unitSubtree(db, u.id);
      const people = new Set(all<{ personId: number }>(`SELECT person_id AS personId FROM employments WHERE end_date IS NULL AND unit_id IN (SELECT value FROM json_each(?))`, JSON.stringify(below)).map((e) => e.personId));
      expect({ unit: u.id, staff: staff.get(u.id) ?? 0 }).toEqual({ unit: u.id, staff: people.size });
    }
    const administrations = all<{ id: number }>("SELECT id FROM org_units WHERE municipality_id = 1 AND kind = 'administration'").map((a) => staff.get(a.id) ?? 0);
    expect(new Set(administrations).size).toBeGreaterThan(1);
  });

  it('a draft changes no figure until it is approved: not a new version, not a first plan', () => {
    const before = figures();
    const contributingBefore = contributingUnits(
      db,
      year.id,
      before.map((f) => f.goal),
    );
    const manager = viewerOf(db, 'enhetschef@sjovik.se');
    const unitId = manager.roles.find((r) => r.role === 'unit_manager')!.orgUnitId!;
    const plan = all<{ id: number }>("SELECT id FROM action_plans WHERE unit_id = ? AND plan_year_id = ? AND status = 'approved' AND is_current = 1", unitId, year.id)[0]!;
    const revisionOf = (id: number) => (db.$client.prepare('SELECT revision FROM action_plans WHERE id = ?').get(id) as { revision: number }).revision;
    const draft = startNewVersion(db, manager, { planId: plan.id, revision: revisionOf(plan.id) });
    const goalId = all<{ goalId: number }>('SELECT ag.goal_id AS goalId FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id WHERE a.plan_id = ? LIMIT 1', draft)[0]!.goalId;
    const owner = all<{ personId: number }>('SELECT person_id AS personId FROM employments WHERE unit_id = ? AND end_date IS NULL LIMIT 1', unitId)[0]!.personId;
    addActivity(db, manager, { planId: draft, revision: revisionOf(draft), title: 'Ny aktivitet i utkastet', description: null, ownerPersonId: owner, startDate: `${year.year}-03-01`, endDate: `${year.year}-06-30`, expectedResult: 'Något bättre', goalIds: [goalId], indicatorId: null });
    // A draft of a unit that has never had a plan approved counts no more than a new version does.
    db.$client.prepare("UPDATE action_plans SET status = 'submitted' WHERE id = (SELECT id FROM action_plans WHERE plan_year_id = ? AND status = 'approved' AND unit_id <> ? LIMIT 1)").run(year.id, unitId);
    const touched = all<{ unitId: number }>("SELECT unit_id AS unitId FROM action_plans WHERE plan_year_id = ? AND status = 'submitted'", year.id).map((p) => p.unitId);
    rebuildRollups(db, year.id);

    const after = figures();
    const changed = after.filter((f, i) => JSON.stringify(f) !== JSON.stringify(before[i]));
    // Only the unit made submitted moves the figures, by exactly its activities: the draft, none.
    expect(touched.length).toBeGreaterThan(0);
    for (const f of changed) expect(f.rollup.activities).toBeLessThan(before.find((b) => b.goal === f.goal && b.period === f.period)!.rollup.activities);
    const draftGoal = after.filter((f) => f.goal === goalId);
    for (const f of draftGoal) expect(f.rollup.activities).toBe(before.find((b) => b.goal === f.goal && b.period === f.period)!.rollup.activities);
    const contributingAfter = contributingUnits(
      db,
      year.id,
      after.map((f) => f.goal),
    );
    expect([...contributingAfter.get(goalId)!].map((u) => u.id)).toEqual([...contributingBefore.get(goalId)!].map((u) => u.id));
  });
});
