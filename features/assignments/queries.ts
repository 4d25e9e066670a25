import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { activities, activityGoals, assignmentActivities, goals, orgUnits, people } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { parseId } from '@/lib/ids';
import { canAgreeAssignment, canDraftAssignment, canReadAssignment, type Viewer } from '@/lib/permissions';
import { activitiesOfCurrentPlan, loadAssignmentForAccess } from './access';

const personName = (db: Db, id: number | null) => {
  if (!id) return null;
  const p = db.select({ given: people.givenName, family: people.familyName, title: people.title }).from(people).where(eq(people.id, id)).get();
  return p ? { name: `${p.given} ${p.family}`, title: p.title } : null;
};

/**
 * One assignment description, for the employee or their current manager. Anyone else gets the
 * same NotFoundError as for a missing id, so an id reveals nothing about whether it exists.
 */
export function getAssignment(db: Db, viewer: Viewer, rawId: string) {
  const id = parseId(rawId);
  if (id === null) throw new NotFoundError('Uppdragsbeskrivningen');

  const row = loadAssignmentForAccess(db, id);
  // The manager who may read it is the one the employee has now, not whoever agreed it once.
  if (!row || !canReadAssignment(viewer, { municipalityId: row.municipalityId, personId: row.a.personId, currentManagerPersonId: row.currentManagerPersonId })) {
    throw new NotFoundError('Uppdragsbeskrivningen');
  }

  const linked = db.select({ activity: activities, contribution: assignmentActivities.contribution }).from(assignmentActivities).innerJoin(activities, eq(activities.id, assignmentActivities.activityId)).where(eq(assignmentActivities.assignmentId, id)).orderBy(activities.sortOrder).all();
  const goalRows = linked.length
    ? db
        .select({ activityId: activityGoals.activityId, code: goals.code, title: goals.title })
        .from(activityGoals)
        .innerJoin(goals, eq(goals.id, activityGoals.goalId))
        .where(
          inArray(
            activityGoals.activityId,
            linked.map((l) => l.activity.id),
          ),
        )
        .all()
    : [];
  const employee = personName(db, row.a.personId);
  const unit = db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, row.a.unitId)).get();
  const open = row.yearStatus === 'open';
  const isOwn = canDraftAssignment(viewer, { municipalityId: row.municipalityId, personId: row.a.personId });
  const mayAgree = canAgreeAssignment(viewer, { municipalityId: row.municipalityId, personId: row.a.personId, currentManagerPersonId: row.currentManagerPersonId });

  return {
    id: row.a.id,
    year: row.year,
    revision: row.a.revision,
    isOwn,
    canEdit: isOwn && open,
    canConfirm: isOwn && open && !row.a.employeeConfirmedAt,
    canAgree: mayAgree && open && !!row.a.employeeConfirmedAt && row.a.status !== 'agreed',
    waitingForEmployee: mayAgree && open && !row.a.employeeConfirmedAt,
    awaitingManager: isOwn && open && !!row.a.employeeConfirmedAt && row.a.status !== 'agreed',
    employeeName: employee?.name ?? '',
    employeeTitle: employee?.title ?? null,
    unitName: unit?.name ?? '',
    managerName: personName(db, row.a.managerPersonId)?.name ?? null,
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
    /** What the employee may choose from when editing: the unit's current plan. */
    choosable: isOwn && open ? activitiesOfCurrentPlan(db, row.a.unitId, row.a.planYearId) : [],
  };
}

export type AssignmentView = ReturnType<typeof getAssignment>;
