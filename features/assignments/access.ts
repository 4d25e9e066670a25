import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, activities, assignments, employments, planYears } from '@/db/schema';
import { preparedPerConnection } from '@/db/prepared';

/** An assignment with what every access decision about it needs: its year and the employee's manager now. */
export function loadAssignmentForAccess(db: Db, id: number) {
  const row = db.select({ a: assignments, year: planYears.year, yearStatus: planYears.status, municipalityId: planYears.municipalityId }).from(assignments).innerJoin(planYears, eq(planYears.id, assignments.planYearId)).where(eq(assignments.id, id)).get();
  if (!row) return undefined;
  return { ...row, currentManagerPersonId: currentEmployment(db, row.a.personId)?.managerPersonId ?? null };
}

/** The employee's employment that has not ended; it gives their unit and their manager now. */
export function currentEmployment(db: Db, personId: number) {
  return employmentQuery(db).get({ personId });
}

// Asked on most pages (the employee's own, every access decision about an assignment): prepared once.
const employmentQuery = preparedPerConnection((db) =>
  db
    .select({ unitId: employments.unitId, managerPersonId: employments.managerPersonId, title: employments.title })
    .from(employments)
    .where(and(eq(employments.personId, sql.placeholder('personId')), isNull(employments.endDate)))
    .prepare(),
);

/**
 * The plan version that applies to a unit's work now: its latest approved version, or, before any
 * approval, the current draft. A new version being written does not replace what was decided
 * until it is approved (then the employees' links move to it).
 */
export function planThatApplies(db: Db, unitId: number, planYearId: number): number | undefined {
  const versions = db
    .select({ id: actionPlans.id, status: actionPlans.status, isCurrent: actionPlans.isCurrent })
    .from(actionPlans)
    .where(and(eq(actionPlans.unitId, unitId), eq(actionPlans.planYearId, planYearId)))
    .orderBy(desc(actionPlans.version))
    .all();
  return (versions.find((v) => v.status === 'approved') ?? versions.find((v) => v.isCurrent))?.id;
}

/** The activities an employee of a unit may contribute to: those of the plan that applies. */
export function activitiesOfCurrentPlan(db: Db, unitId: number, planYearId: number) {
  const planId = planThatApplies(db, unitId, planYearId);
  if (!planId) return [];
  return db.select({ id: activities.id, title: activities.title, status: activities.status, expectedResult: activities.expectedResult }).from(activities).where(eq(activities.planId, planId)).orderBy(activities.sortOrder, activities.id).all();
}
