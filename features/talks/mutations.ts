import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/connection';
import { assignmentActivities, assignments, confidentialNotes, followUpEntries, followUpEvents, planYears } from '@/db/schema';
import type { NoteKind } from '@/lib/domain/follow-ups';
import { ConflictError, NotFoundError, RuleError } from '@/lib/errors';
import { canManageTalk, type Viewer } from '@/lib/permissions';
import { entriesOf } from '@/features/follow-ups/entries';
import { writeAudit } from '@/lib/audit/write-audit';
import { currentEmployment } from '@/features/assignments/access';
import { loadTalkForViewer } from './access';
import { unitFacts } from '@/features/organisation/scope';
import type { BookTalkInput, TalkDecisionInput, TalkPreparationInput, TalkRecordInput } from './validation';

// Each write checks who may make it inside its one immediate transaction: the checks read through
// the same connection, so what was checked is what gets written against.

/** The activities a talk is about: those of the employee's assignment in the talk's year. */
function talkActivityIds(db: Db, municipalityId: number, employeePersonId: number, heldOn: string): number[] {
  const year = db
    .select({ id: planYears.id })
    .from(planYears)
    .where(and(eq(planYears.municipalityId, municipalityId), eq(planYears.year, Number(heldOn.slice(0, 4)))))
    .get();
  if (!year) return [];
  const assignment = db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.personId, employeePersonId), eq(assignments.planYearId, year.id)))
    .get();
  if (!assignment) return [];
  return db
    .select({ id: assignmentActivities.activityId })
    .from(assignmentActivities)
    .where(eq(assignmentActivities.assignmentId, assignment.id))
    .all()
    .map((a) => a.id);
}

/** Raises the talk's revision, or fails if someone saved it since the form was opened. */
function claimRevision(tx: Tx, talkId: number, revision: number, changes: Partial<typeof followUpEvents.$inferInsert> = {}) {
  const updated = tx
    .update(followUpEvents)
    .set({ ...changes, revision: sql`${followUpEvents.revision} + 1` })
    .where(and(eq(followUpEvents.id, talkId), eq(followUpEvents.revision, revision)))
    .run();
  if (updated.changes !== 1) throw new ConflictError();
}

function addNote(tx: Tx, talkId: number, authorPersonId: number, kind: NoteKind, body: string) {
  if (body) tx.insert(confidentialNotes).values({ eventId: talkId, authorPersonId, kind, body, createdAt: new Date() }).run();
}

/** The manager books a talk with one of their own employees. */
export function bookTalk(db: Db, viewer: Viewer, input: BookTalkInput): number {
  return db.transaction(
    (tx) => {
      const employment = currentEmployment(db, input.employeePersonId);
      // Someone else's employee is not the viewer's to book: same answer as a missing person.
      if (!employment || !canManageTalk(viewer, { municipalityId: unitFacts(db, employment.unitId).municipalityId, employeePersonId: input.employeePersonId, currentManagerPersonId: employment.managerPersonId })) {
        throw new RuleError('followUp.errors.notYourEmployee', 'employeePersonId');
      }
      const id = tx.insert(followUpEvents).values({ kind: input.kind, unitId: employment.unitId, employeePersonId: input.employeePersonId, managerPersonId: viewer.personId, heldOn: input.heldOn, status: 'booked', createdByPersonId: viewer.personId }).returning({ id: followUpEvents.id }).get().id;
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'talk.booked', objectType: 'follow_up_event', objectId: id, detail: { kind: input.kind, heldOn: input.heldOn, employeePersonId: input.employeePersonId } });
      return id;
    },
    { behavior: 'immediate' },
  );
}

/** Before the talk the employee assesses each activity of their assignment and may write notes. */
export function prepareTalk(db: Db, viewer: Viewer, input: TalkPreparationInput): void {
  db.transaction(
    (tx) => {
      const { event } = loadTalkForViewer(db, viewer, input.talkId);
      if (viewer.personId !== event.employeePersonId) throw new NotFoundError('Samtalet');
      if (event.kind !== 'appraisal_talk' || (event.status !== 'booked' && event.status !== 'prepared')) throw new RuleError('followUp.errors.notEditable');
      const activityIds = talkActivityIds(db, viewer.municipalityId, event.employeePersonId, event.heldOn);
      const { entries, fieldErrors } = entriesOf(input, activityIds, { status: 'selfStatus', comment: 'selfComment' }, false);
      const firstError = Object.entries(fieldErrors)[0];
      if (firstError) throw new RuleError(firstError[1][0]!, firstError[0]);

      claimRevision(tx, event.id, input.revision, { status: 'prepared' });
      for (const e of entries) upsertEntry(tx, event.id, e.activityId, { selfStatus: e.status, selfComment: e.comment });
      addNote(tx, event.id, viewer.personId, 'preparation', input.notes);
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'talk.prepared', objectType: 'follow_up_event', objectId: event.id });
    },
    { behavior: 'immediate' },
  );
}

function upsertEntry(tx: Tx, eventId: number, activityId: number, values: Partial<typeof followUpEntries.$inferInsert>) {
  const existing = tx
    .select({ id: followUpEntries.id, status: followUpEntries.status })
    .from(followUpEntries)
    .where(and(eq(followUpEntries.eventId, eventId), eq(followUpEntries.activityId, activityId)))
    .get();
  if (existing) tx.update(followUpEntries).set(values).where(eq(followUpEntries.id, existing.id)).run();
  // Until the talk is held, the agreed status starts as the employee's own view.
  else
    tx.insert(followUpEntries)
      .values({ eventId, activityId, status: values.status ?? values.selfStatus ?? 'not_started', ...values })
      .run();
}

/** In the talk: the manager records, per activity, the status both agreed and the next step, and notes. */
export function recordTalk(db: Db, viewer: Viewer, input: TalkRecordInput): void {
  db.transaction(
    (tx) => {
      const { event, access } = loadTalkForViewer(db, viewer, input.talkId);
      if (!canManageTalk(viewer, access)) throw new NotFoundError('Samtalet');
      if (event.status === 'confirmed') throw new RuleError('followUp.errors.notEditable');
      const isAppraisal = event.kind === 'appraisal_talk';
      const activityIds = isAppraisal ? talkActivityIds(db, viewer.municipalityId, event.employeePersonId!, event.heldOn) : [];
      const { entries, fieldErrors } = entriesOf(input, activityIds, { status: 'status', comment: 'comment', nextStep: 'nextStep' }, true);
      const firstError = Object.entries(fieldErrors)[0];
      if (firstError) throw new RuleError(firstError[1][0]!, firstError[0]);
      if (!isAppraisal && !input.salaryAssessment) throw new RuleError('followUp.errors.salaryAssessmentRequired', 'salaryAssessment');

      // Recording again after a confirmation by either side asks both to confirm anew.
      claimRevision(tx, event.id, input.revision, { status: 'held', employeeConfirmedAt: null, managerConfirmedAt: null });
      for (const e of entries) upsertEntry(tx, event.id, e.activityId, { status: e.status ?? 'not_started', comment: e.comment, nextStep: e.nextStep });
      addNote(tx, event.id, viewer.personId, 'talk', input.notes);
      if (!isAppraisal) addNote(tx, event.id, viewer.personId, 'salary', input.salaryAssessment);
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'talk.recorded', objectType: 'follow_up_event', objectId: event.id, detail: { entries: entries.map((e) => ({ activityId: e.activityId, status: e.status })) } });
    },
    { behavior: 'immediate' },
  );
}

/** Both confirm; once both have, the talk is read-only (a correction is a new, visible talk). */
export function confirmTalk(db: Db, viewer: Viewer, input: TalkDecisionInput): void {
  db.transaction(
    (tx) => {
      const { event, access } = loadTalkForViewer(db, viewer, input.talkId);
      const asEmployee = viewer.personId === event.employeePersonId;
      const asManager = canManageTalk(viewer, access);
      if (!asEmployee && !asManager) throw new NotFoundError('Samtalet');
      if (event.status !== 'held') throw new RuleError('followUp.errors.notHeldYet');
      const now = new Date();
      const employeeConfirmedAt = asEmployee ? now : event.employeeConfirmedAt;
      const managerConfirmedAt = asManager ? now : event.managerConfirmedAt;
      claimRevision(tx, event.id, input.revision, { employeeConfirmedAt, managerConfirmedAt, status: employeeConfirmedAt && managerConfirmedAt ? 'confirmed' : 'held' });
      writeAudit(tx, { actorPersonId: viewer.personId, action: asEmployee ? 'talk.confirmed_by_employee' : 'talk.confirmed_by_manager', objectType: 'follow_up_event', objectId: event.id });
    },
    { behavior: 'immediate' },
  );
}

/** A confirmed talk never changes: a correction is a new talk that points to it, copying its entries. */
export function correctTalk(db: Db, viewer: Viewer, input: TalkDecisionInput): number {
  return db.transaction(
    (tx) => {
      const { event, access } = loadTalkForViewer(db, viewer, input.talkId);
      if (!canManageTalk(viewer, access)) throw new NotFoundError('Samtalet');
      if (event.status !== 'confirmed') throw new RuleError('followUp.errors.notConfirmedYet');
      // The confirmed talk itself is never written; a correction still starts from the version the manager saw.
      if (event.revision !== input.revision) throw new ConflictError();
      const id = tx
        .insert(followUpEvents)
        .values({ kind: event.kind, unitId: event.unitId, periodId: event.periodId, employeePersonId: event.employeePersonId, managerPersonId: viewer.personId, heldOn: event.heldOn, status: 'held', correctsEventId: event.id, createdByPersonId: viewer.personId })
        .returning({ id: followUpEvents.id })
        .get().id;
      const entries = tx.select().from(followUpEntries).where(eq(followUpEntries.eventId, event.id)).all();
      for (const e of entries) tx.insert(followUpEntries).values({ eventId: id, activityId: e.activityId, assignmentId: e.assignmentId, status: e.status, comment: e.comment, nextStep: e.nextStep, selfStatus: e.selfStatus, selfComment: e.selfComment }).run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'talk.correction_started', objectType: 'follow_up_event', objectId: id, detail: { corrects: event.id } });
      return id;
    },
    { behavior: 'immediate' },
  );
}
