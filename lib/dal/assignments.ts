import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import { activities, activityGoals, assignmentActivities, assignments, employments, goals, orgUnits, people, planYears } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { canReadAssignment } from '@/lib/permissions';
import { requireViewer } from './viewer';

/**
 * One assignment description, for the employee or their current manager. Anyone else gets the
 * same NotFoundError as for a missing id, so an id reveals nothing about whether it exists.
 */
export async function getAssignment(rawId: string) {
  const viewer = await requireViewer();
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('Uppdragsbeskrivningen');
  const db = getDb();

  const manager = alias(people, 'manager');
  const row = db
    .select({ a: assignments, year: planYears.year, municipalityId: planYears.municipalityId, unitName: orgUnits.name, given: people.givenName, family: people.familyName, title: people.title, managerGiven: manager.givenName, managerFamily: manager.familyName })
    .from(assignments)
    .innerJoin(planYears, eq(planYears.id, assignments.planYearId))
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .innerJoin(people, eq(people.id, assignments.personId))
    .leftJoin(manager, eq(manager.id, assignments.managerPersonId))
    .where(eq(assignments.id, id))
    .get();
  if (!row || row.municipalityId !== viewer.municipalityId) throw new NotFoundError('Uppdragsbeskrivningen');

  // The manager who may read it is the one the employee has now, not whoever agreed it once.
  const employment = db
    .select({ managerPersonId: employments.managerPersonId })
    .from(employments)
    .where(and(eq(employments.personId, row.a.personId), isNull(employments.endDate)))
    .get();
  if (!canReadAssignment(viewer, { personId: row.a.personId, currentManagerPersonId: employment?.managerPersonId ?? null })) {
    throw new NotFoundError('Uppdragsbeskrivningen');
  }

  const linked = db
    .select({ activity: activities, contribution: assignmentActivities.contribution })
    .from(assignmentActivities)
    .innerJoin(activities, eq(activities.id, assignmentActivities.activityId))
    .where(eq(assignmentActivities.assignmentId, id))
    .orderBy(activities.sortOrder)
    .all();
  const goalRows = linked.length
    ? db
        .select({ activityId: activityGoals.activityId, code: goals.code, title: goals.title })
        .from(activityGoals)
        .innerJoin(goals, eq(goals.id, activityGoals.goalId))
        .where(inArray(activityGoals.activityId, linked.map((l) => l.activity.id)))
        .all()
    : [];

  return {
    id: row.a.id,
    year: row.year,
    isOwn: row.a.personId === viewer.personId,
    employeeName: `${row.given} ${row.family}`,
    employeeTitle: row.title,
    unitName: row.unitName,
    managerName: row.managerGiven ? `${row.managerGiven} ${row.managerFamily}` : null,
    description: row.a.description,
    status: row.a.status,
    employeeConfirmedAt: row.a.employeeConfirmedAt,
    managerConfirmedAt: row.a.managerConfirmedAt,
    activities: linked.map((l) => ({
      id: l.activity.id,
      title: l.activity.title,
      status: l.activity.status,
      contribution: l.contribution,
      goals: goalRows.filter((g) => g.activityId === l.activity.id).map((g) => ({ code: g.code, title: g.title })),
    })),
  };
}
