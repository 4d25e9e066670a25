import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { activities, followUpEntries, followUpEvents, followUpPeriods, meetingAttendees } from '@/db/schema';
import { RuleError } from '@/lib/errors';
import { canRecordMeeting, type Viewer } from '@/lib/permissions';
import { entriesOf } from '@/features/follow-ups/entries';
import { applyMeetingToRollups } from '@/features/rollup/store';
import { writeAudit } from '@/lib/audit/write-audit';
import { activitiesForMeeting, unitMembers } from './queries';
import { currentPlanYear } from '@/features/plan-years/current';
import { unitFacts } from '@/features/organisation/scope';
import type { MeetingInput } from './validation';

/**
 * A workplace meeting (APT): who attended, and per activity of the approved plan a status, a
 * comment and the decisions taken. The meeting's status becomes the activity's current status
 * unless a later meeting has already been recorded.
 */
export function recordMeeting(db: Db, viewer: Viewer, input: MeetingInput): number {
  // The checks read in the same immediate transaction as the write: what was checked is what is written against.
  return db.transaction(
    (tx) => {
      if (!canRecordMeeting(viewer, unitFacts(db, input.unitId))) throw new RuleError('followUp.errors.notYourUnit', 'unitId');
      const year = currentPlanYear(db, viewer.municipalityId);
      if (!year || Number(input.heldOn.slice(0, 4)) !== year.year) throw new RuleError('validation.invalidDate', 'heldOn');
      const members = new Set(unitMembers(db, input.unitId).map((m) => m.personId));
      if (input.attendeeIds.some((id) => !members.has(id))) throw new RuleError('followUp.errors.attendeeOutsideUnit', 'attendeeIds');
      const activityIds = activitiesForMeeting(db, input.unitId, year.id).map((a) => a.id);
      const { entries, fieldErrors } = entriesOf(input, activityIds, { status: 'status', comment: 'comment', nextStep: 'nextStep' }, true);
      const firstError = Object.entries(fieldErrors)[0];
      if (firstError) throw new RuleError(firstError[1][0]!, firstError[0]);

      const period = tx
        .select({ id: followUpPeriods.id })
        .from(followUpPeriods)
        .where(and(eq(followUpPeriods.planYearId, year.id), eq(followUpPeriods.kind, 'monthly'), sql`substr(${followUpPeriods.periodEnd}, 1, 7) = ${input.heldOn.slice(0, 7)}`))
        .get();
      const now = new Date();
      const eventId = tx
        .insert(followUpEvents)
        .values({ kind: 'workplace_meeting', unitId: input.unitId, periodId: period?.id ?? null, managerPersonId: viewer.personId, heldOn: input.heldOn, status: 'confirmed', managerConfirmedAt: now, minutes: input.minutes || null, createdByPersonId: viewer.personId })
        .returning({ id: followUpEvents.id })
        .get().id;
      for (const personId of new Set(input.attendeeIds)) tx.insert(meetingAttendees).values({ eventId, personId }).run();
      for (const e of entries) {
        const status = e.status ?? 'not_started';
        tx.insert(followUpEntries).values({ eventId, activityId: e.activityId, status, comment: e.comment, nextStep: e.nextStep }).run();
        const later = tx
          .select({ one: sql`1` })
          .from(followUpEntries)
          .innerJoin(followUpEvents, eq(followUpEvents.id, followUpEntries.eventId))
          .where(and(eq(followUpEntries.activityId, e.activityId), eq(followUpEvents.kind, 'workplace_meeting'), sql`${followUpEvents.heldOn} > ${input.heldOn}`))
          .get();
        if (!later) tx.update(activities).set({ status }).where(eq(activities.id, e.activityId)).run();
      }
      // Dashboards read the maintained roll-up: move its counts now, in the same transaction.
      applyMeetingToRollups(tx, eventId, viewer.municipalityId);
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'meeting.recorded', objectType: 'follow_up_event', objectId: eventId, detail: { unitId: input.unitId, heldOn: input.heldOn, entries: entries.map((e) => ({ activityId: e.activityId, status: e.status })) } });
      return eventId;
    },
    { behavior: 'immediate' },
  );
}
