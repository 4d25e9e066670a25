import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { assignmentActivities, assignments } from '@/db/schema';
import { ConflictError, NotFoundError, RuleError } from '@/lib/errors';
import { canAgreeAssignment, canDraftAssignment, type Viewer } from '@/lib/permissions';
import { contributionField, contributionsOf, type AssignmentDecisionInput, type AssignmentDraftInput } from '@/features/assignments/validation';
import { writeAudit } from '@/lib/audit/write-audit';
import { activitiesOfCurrentPlan, currentEmployment, loadAssignmentForAccess } from './access';
import { currentPlanYear } from '@/features/plan-years/current';

/**
 * The employee writes their own assignment for the current plan year. Any change undoes an
 * earlier agreement: what the manager agreed to is no longer what is written.
 */
export function saveMyAssignment(db: Db, viewer: Viewer, input: AssignmentDraftInput): number {
  const now = new Date();
  // The checks read in the same immediate transaction as the write: what was checked is what is written against.
  return db.transaction(
    (tx) => {
      const year = currentPlanYear(db, viewer.municipalityId);
      const employment = currentEmployment(db, viewer.personId);
      if (!year || !employment) throw new RuleError('assignments.errors.noEmployment');

      const allowed = new Set(activitiesOfCurrentPlan(db, employment.unitId, year.id).map((a) => a.id));
      if (input.activityIds.some((id) => !allowed.has(id))) throw new RuleError('assignments.errors.activityOutsidePlan', 'activityIds');
      const { contributions, tooLong } = contributionsOf(input, input.activityIds);
      if (tooLong[0] !== undefined) throw new RuleError('validation.tooLong', contributionField(tooLong[0]));

      let assignmentId: number;
      const existingId = typeof input.assignmentId === 'number' ? input.assignmentId : undefined;
      if (existingId) {
        const current = loadAssignmentForAccess(db, existingId);
        if (!current || !canDraftAssignment(viewer, { municipalityId: current.municipalityId, personId: current.a.personId })) throw new NotFoundError('Uppdragsbeskrivningen');
        if (current.yearStatus !== 'open' || current.a.planYearId !== year.id) throw new RuleError('assignments.errors.yearClosed');
        const updated = tx
          .update(assignments)
          .set({ description: input.description, status: 'draft', employeeConfirmedAt: null, managerConfirmedAt: null, unitId: employment.unitId, managerPersonId: employment.managerPersonId, revision: sql`${assignments.revision} + 1`, updatedAt: now })
          .where(and(eq(assignments.id, existingId), eq(assignments.revision, input.revision ?? -1)))
          .run();
        if (updated.changes !== 1) throw new ConflictError();
        tx.delete(assignmentActivities).where(eq(assignmentActivities.assignmentId, existingId)).run();
        assignmentId = existingId;
      } else {
        const taken = tx
          .select({ id: assignments.id })
          .from(assignments)
          .where(and(eq(assignments.personId, viewer.personId), eq(assignments.planYearId, year.id)))
          .get();
        // Written in another tab meanwhile: do not overwrite it unseen.
        if (taken) throw new ConflictError();
        assignmentId = tx.insert(assignments).values({ personId: viewer.personId, planYearId: year.id, unitId: employment.unitId, description: input.description, status: 'draft', managerPersonId: employment.managerPersonId, updatedAt: now }).returning({ id: assignments.id }).get().id;
      }
      tx.insert(assignmentActivities)
        .values(input.activityIds.map((activityId) => ({ assignmentId, activityId, contribution: contributions.get(activityId) ?? null })))
        .run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: existingId ? 'assignment.updated' : 'assignment.created', objectType: 'assignment', objectId: assignmentId, detail: { description: input.description, activityIds: input.activityIds } });
      return assignmentId;
    },
    { behavior: 'immediate' },
  );
}

/** Both sides confirm with a time stamp: first the employee, then the manager, who makes it agreed. */
export function confirmAssignment(db: Db, viewer: Viewer, input: AssignmentDecisionInput & { as: 'employee' | 'manager' }): void {
  const { as } = input;
  db.transaction(
    (tx) => {
      const current = loadAssignmentForAccess(db, input.assignmentId);
      if (!current) throw new NotFoundError('Uppdragsbeskrivningen');
      const facts = { municipalityId: current.municipalityId, personId: current.a.personId, currentManagerPersonId: current.currentManagerPersonId };
      const allowed = as === 'employee' ? canDraftAssignment(viewer, facts) : canAgreeAssignment(viewer, facts);
      if (!allowed) throw new NotFoundError('Uppdragsbeskrivningen');
      if (current.yearStatus !== 'open') throw new RuleError('assignments.errors.yearClosed');
      if (as === 'manager' && !current.a.employeeConfirmedAt) throw new RuleError('assignments.errors.employeeNotConfirmed');

      const now = new Date();
      const changes = as === 'employee' ? { employeeConfirmedAt: now } : { managerConfirmedAt: now, managerPersonId: viewer.personId, status: 'agreed' as const };
      const updated = tx
        .update(assignments)
        .set({ ...changes, revision: sql`${assignments.revision} + 1`, updatedAt: now })
        .where(and(eq(assignments.id, input.assignmentId), eq(assignments.revision, input.revision)))
        .run();
      if (updated.changes !== 1) throw new ConflictError();
      writeAudit(tx, { actorPersonId: viewer.personId, action: as === 'employee' ? 'assignment.confirmed_by_employee' : 'assignment.agreed_by_manager', objectType: 'assignment', objectId: input.assignmentId });
    },
    { behavior: 'immediate' },
  );
}
