import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { planYears } from '@/db/schema';
import { ForbiddenError, NotFoundError, RuleError } from '@/lib/errors';
import { carriedGoal, followUpPeriodsFor, nextPlanYear, remapPairs, type GoalToCarry } from '@/features/plan-years/rollover';
import { addYears } from '@/lib/dates/calendar-date';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import { ownMunicipality, canManagePlanYears, type Viewer } from '@/lib/permissions';
import { writeAudit } from '@/lib/audit/write-audit';
import type { ClosePlanYearInput, OpenPlanYearInput } from '@/features/goals/validation';

interface RolloverResult {
  planYearId: number;
  year: number;
  goals: number;
  indicators: number;
  plans: number;
  activities: number;
}

/**
 * Opens the year after the municipality's latest plan year, with its follow-up periods, and
 * optionally carries the latest year's goals (as drafts, with their links and indicators) and
 * current action plans (as new drafts whose activities point at the carried goals). Everything is
 * copied; no row of the earlier year is changed. One transaction: a failure leaves nothing behind.
 */
export function openNextPlanYear(db: Db, viewer: Viewer, options: OpenPlanYearInput): RolloverResult {
  if (!canManagePlanYears(viewer, ownMunicipality(viewer))) throw new ForbiddenError();
  if (options.carryPlans && !options.carryGoals) throw new RuleError('planYears.errors.plansNeedGoals', 'carryPlans');
  const sql = db.$client;
  const result = db.transaction((tx) => {
    const latest = tx.select().from(planYears).where(eq(planYears.municipalityId, viewer.municipalityId)).orderBy(desc(planYears.year)).get();
    const year = nextPlanYear(latest?.year, todayInStockholm());
    const planYearId = tx.insert(planYears).values({ municipalityId: viewer.municipalityId, year, status: 'open' }).returning({ id: planYears.id }).get().id;
    const insertPeriod = sql.prepare('INSERT INTO follow_up_periods (plan_year_id, kind, name, period_end, unit_deadline, administration_deadline, board_deadline) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const p of followUpPeriodsFor(year)) insertPeriod.run(planYearId, p.kind, p.name, p.periodEnd, p.unitDeadline, p.administrationDeadline, p.boardDeadline);

    const counts: RolloverResult = { planYearId, year, goals: 0, indicators: 0, plans: 0, activities: 0 };
    if (latest && options.carryGoals) {
      const goalMap = new Map<number, number>();
      const oldGoals = sql.prepare('SELECT id, level, owner_unit_id AS ownerUnitId, responsible_person_id AS responsiblePersonId, code, title, description, sort_order AS sortOrder FROM goals WHERE plan_year_id = ? ORDER BY id').all(latest.id) as GoalToCarry[];
      const insertGoal = sql.prepare(
        'INSERT INTO goals (plan_year_id, level, owner_unit_id, responsible_person_id, code, title, description, decision_id, status, carried_from_goal_id, sort_order) VALUES (@planYearId, @level, @ownerUnitId, @responsiblePersonId, @code, @title, @description, @decisionId, @status, @carriedFromGoalId, @sortOrder)',
      );
      for (const g of oldGoals) goalMap.set(g.id, Number(insertGoal.run(carriedGoal(g, planYearId)).lastInsertRowid));
      const links = sql.prepare('SELECT l.goal_id AS goalId, l.contributes_to_goal_id AS parentId FROM goal_links l JOIN goals g ON g.id = l.goal_id WHERE g.plan_year_id = ?').all(latest.id) as { goalId: number; parentId: number }[];
      const insertLink = sql.prepare('INSERT INTO goal_links (goal_id, contributes_to_goal_id) VALUES (?, ?)');
      for (const l of remapPairs(links, ['goalId', 'parentId'], { from: goalMap, to: goalMap })) insertLink.run(l.goalId, l.parentId);

      // Indicators keep their baseline and target; their values belong to the old year's periods.
      const indicatorMap = new Map<number, number>();
      const oldIndicators = sql.prepare('SELECT i.* FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_year_id = ? ORDER BY i.id').all(latest.id) as Record<string, unknown>[];
      const insertIndicator = sql.prepare('INSERT INTO indicators (goal_id, name, unit, baseline, baseline_year, target, direction, source, kolada_kpi_id, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const i of oldIndicators) {
        const goalId = goalMap.get(i.goal_id as number);
        if (goalId === undefined) continue;
        indicatorMap.set(i.id as number, Number(insertIndicator.run(goalId, i.name, i.unit, i.baseline, i.baseline_year, i.target, i.direction, i.source, i.kolada_kpi_id, i.sort_order).lastInsertRowid));
      }
      counts.goals = goalMap.size;
      counts.indicators = indicatorMap.size;

      if (options.carryPlans) {
        const now = Math.floor(Date.now() / 1000);
        const plans = sql.prepare('SELECT id, unit_id AS unitId FROM action_plans WHERE plan_year_id = ? AND is_current = 1 ORDER BY id').all(latest.id) as { id: number; unitId: number }[];
        const insertPlan = sql.prepare("INSERT INTO action_plans (unit_id, plan_year_id, version, is_current, status, created_by_person_id, revision, updated_at) VALUES (?, ?, 1, 1, 'draft', ?, 1, ?)");
        const insertEvent = sql.prepare("INSERT INTO plan_events (plan_id, at, actor_person_id, kind, comment, detail) VALUES (?, ?, ?, 'carried_over', ?, ?)");
        const activitiesOf = sql.prepare('SELECT * FROM activities WHERE plan_id = ? ORDER BY sort_order, id');
        const insertActivity = sql.prepare("INSERT INTO activities (plan_id, title, description, owner_person_id, start_date, end_date, expected_result, indicator_id, status, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'not_started', ?)");
        const linksOf = sql.prepare('SELECT ag.activity_id AS activityId, ag.goal_id AS goalId FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id WHERE a.plan_id = ?');
        const insertActivityGoal = sql.prepare('INSERT INTO activity_goals (activity_id, goal_id) VALUES (?, ?)');
        for (const plan of plans) {
          const planId = Number(insertPlan.run(plan.unitId, planYearId, viewer.personId, now).lastInsertRowid);
          insertEvent.run(planId, now, viewer.personId, `Överförd från ${latest.year}`, JSON.stringify({ fromPlanId: plan.id }));
          const activityMap = new Map<number, number>();
          for (const a of activitiesOf.all(plan.id) as Record<string, unknown>[]) {
            const indicatorId = a.indicator_id === null ? null : (indicatorMap.get(a.indicator_id as number) ?? null);
            const id = insertActivity.run(planId, a.title, a.description, a.owner_person_id, addYears(a.start_date as string, 1), addYears(a.end_date as string, 1), a.expected_result, indicatorId, a.sort_order).lastInsertRowid;
            activityMap.set(a.id as number, Number(id));
          }
          const pairs = remapPairs(linksOf.all(plan.id) as { activityId: number; goalId: number }[], ['activityId', 'goalId'], { from: activityMap, to: goalMap });
          for (const p of pairs) insertActivityGoal.run(p.activityId, p.goalId);
          counts.plans++;
          counts.activities += activityMap.size;
        }
      }
    }
    writeAudit(tx, { actorPersonId: viewer.personId, action: 'plan_year.open', objectType: 'plan_year', objectId: planYearId, detail: { ...counts, fromPlanYearId: latest?.id ?? null } });
    return counts;
  });
  return result;
}

/** Closing a year makes it history: the write rules refuse every change to its goals afterwards. */
export function closePlanYear(db: Db, viewer: Viewer, input: ClosePlanYearInput): void {
  if (!canManagePlanYears(viewer, ownMunicipality(viewer))) throw new ForbiddenError();
  db.transaction((tx) => {
    const year = tx
      .select()
      .from(planYears)
      .where(and(eq(planYears.id, input.planYearId), eq(planYears.municipalityId, viewer.municipalityId)))
      .get();
    if (!year) throw new NotFoundError('Planåret');
    if (year.status === 'closed') throw new RuleError('goals.errors.yearClosed');
    tx.update(planYears).set({ status: 'closed' }).where(eq(planYears.id, year.id)).run();
    writeAudit(tx, { actorPersonId: viewer.personId, action: 'plan_year.close', objectType: 'plan_year', objectId: year.id, detail: { year: year.year } });
  });
}
