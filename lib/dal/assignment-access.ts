import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, activities, assignments, employments, planYears } from '@/db/schema';

/** An assignment with what every access decision about it needs: its year and the employee's manager now. */
export function loadAssignmentForAccess(db: Db, id: number) {
  const row = db
    .select({ a: assignments, year: planYears.year, yearStatus: planYears.status, municipalityId: planYears.municipalityId })
    .from(assignments)
    .innerJoin(planYears, eq(planYears.id, assignments.planYearId))
    .where(eq(assignments.id, id))
    .get();
  if (!row) return undefined;
  return { ...row, currentManagerPersonId: currentEmployment(db, row.a.personId)?.managerPersonId ?? null };
}

/** The employee's employment that has not ended; it gives their unit and their manager now. */
export function currentEmployment(db: Db, personId: number) {
  return db
    .select({ unitId: employments.unitId, managerPersonId: employments.managerPersonId, title: employments.title })
    .from(employments)
    .where(and(eq(employments.personId, personId), isNull(employments.endDate)))
    .get();
}

/** The activities an employee of a unit may contribute to: those of the unit's current plan version. */
export function activitiesOfCurrentPlan(db: Db, unitId: number, planYearId: number) {
  return db
    .select({ id: activities.id, title: activities.title, status: activities.status, expectedResult: activities.expectedResult })
    .from(activities)
    .innerJoin(actionPlans, eq(actionPlans.id, activities.planId))
    .where(and(eq(actionPlans.unitId, unitId), eq(actionPlans.planYearId, planYearId), eq(actionPlans.isCurrent, true)))
    .orderBy(activities.sortOrder, activities.id)
    .all();
}
