import 'server-only';
import { and, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, activities, activityGoals, assignments, employments, goals, orgUnits, people } from '@/db/schema';
import type { Viewer } from '@/lib/permissions';
import { activitiesOfCurrentPlan, currentEmployment } from '@/features/assignments/access';
import { goalIdsOfUnitChain } from '@/features/organisation/scope';
import { currentPlanYear } from '@/features/plan-years/current';

interface TeamMember {
  personId: number;
  name: string;
  title: string;
  unitName: string;
  assignment: { id: number; status: 'draft' | 'agreed'; employeeConfirmedAt: Date | null; managerConfirmedAt: Date | null } | null;
}

/**
 * A manager's own employees (those whose current manager they are) with the state of this year's
 * assignment, and what is missing in the manager's plans. Nobody else's employees appear.
 */
export async function getMyTeam(db: Db, viewer: Viewer) {
  const year = currentPlanYear(db, viewer.municipalityId);
  if (!year) return { year: null, employees: [], missing: emptyMissing() };

  const rows = db
    .select({
      personId: people.id,
      given: people.givenName,
      family: people.familyName,
      title: employments.title,
      unitName: orgUnits.name,
      assignmentId: assignments.id,
      status: assignments.status,
      employeeConfirmedAt: assignments.employeeConfirmedAt,
      managerConfirmedAt: assignments.managerConfirmedAt,
    })
    .from(employments)
    .innerJoin(people, eq(people.id, employments.personId))
    .innerJoin(orgUnits, eq(orgUnits.id, employments.unitId))
    .leftJoin(assignments, and(eq(assignments.personId, employments.personId), eq(assignments.planYearId, year.id)))
    .where(and(eq(employments.managerPersonId, viewer.personId), isNull(employments.endDate)))
    .orderBy(people.familyName, people.givenName)
    .all();

  const employees: TeamMember[] = rows.map((r) => ({
    personId: r.personId,
    name: `${r.given} ${r.family}`,
    title: r.title,
    unitName: r.unitName,
    assignment: r.assignmentId ? { id: r.assignmentId, status: r.status!, employeeConfirmedAt: r.employeeConfirmedAt, managerConfirmedAt: r.managerConfirmedAt } : null,
  }));
  return { year: year.year, employees, missing: missingInManagedUnits(db, viewer, year.id, employees) };
}

function emptyMissing() {
  return {
    employeesWithoutAgreement: [] as { personId: number; name: string; assignmentId: number | null; waitingForManager: boolean }[],
    activitiesWithoutGoal: [] as { id: number; title: string; planId: number; unitName: string }[],
    goalsWithoutActivity: [] as { id: number; code: string; title: string; unitName: string }[],
  };
}

/** "Vad saknas": the gaps a manager can close themselves. */
function missingInManagedUnits(db: Db, viewer: Viewer, planYearId: number, employees: TeamMember[]) {
  const missing = emptyMissing();
  missing.employeesWithoutAgreement = employees.filter((e) => e.assignment?.status !== 'agreed').map((e) => ({ personId: e.personId, name: e.name, assignmentId: e.assignment?.id ?? null, waitingForManager: !!e.assignment?.employeeConfirmedAt }));

  const managed = viewer.roles.filter((r) => r.role === 'unit_manager' && r.orgUnitId !== null).map((r) => r.orgUnitId!);
  if (managed.length === 0) return missing;

  missing.activitiesWithoutGoal = db
    .select({ id: activities.id, title: activities.title, planId: actionPlans.id, unitName: orgUnits.name })
    .from(activities)
    .innerJoin(actionPlans, eq(actionPlans.id, activities.planId))
    .innerJoin(orgUnits, eq(orgUnits.id, actionPlans.unitId))
    .where(
      and(
        inArray(actionPlans.unitId, managed),
        eq(actionPlans.planYearId, planYearId),
        eq(actionPlans.isCurrent, true),
        notExists(
          db
            .select({ one: sql`1` })
            .from(activityGoals)
            .where(eq(activityGoals.activityId, activities.id)),
        ),
      ),
    )
    .all();

  for (const unitId of managed) {
    const unitName = db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId)).get()?.name ?? '';
    const chainGoals = goalIdsOfUnitChain(db, unitId, planYearId);
    const planActivities = activitiesOfCurrentPlan(db, unitId, planYearId).map((a) => a.id);
    const served = new Set(
      planActivities.length
        ? db
            .select({ goalId: activityGoals.goalId })
            .from(activityGoals)
            .where(inArray(activityGoals.activityId, planActivities))
            .all()
            .map((g) => g.goalId)
        : [],
    );
    const unserved = chainGoals.filter((g) => !served.has(g));
    // Board goals are served through the administration's goals; only flag the administration's own.
    if (unserved.length === 0) continue;
    const rows = db.select({ id: goals.id, code: goals.code, title: goals.title, level: goals.level }).from(goals).where(inArray(goals.id, unserved)).all();
    for (const g of rows) if (g.level === 'administration') missing.goalsWithoutActivity.push({ id: g.id, code: g.code, title: g.title, unitName });
  }
  return missing;
}

/** Where the employee starts their own assignment: the existing one, or what a new one may link to. */
export async function getMyAssignmentStart(db: Db, viewer: Viewer) {
  const year = currentPlanYear(db, viewer.municipalityId);
  const employment = currentEmployment(db, viewer.personId);
  if (!year || !employment) return { year: year?.year ?? null, existingId: null, unitName: null, choosable: [] };
  const existing = db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.personId, viewer.personId), eq(assignments.planYearId, year.id)))
    .get();
  const unitName = db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, employment.unitId)).get()?.name ?? null;
  return { year: year.year, existingId: existing?.id ?? null, unitName, choosable: existing ? [] : activitiesOfCurrentPlan(db, employment.unitId, year.id) };
}
