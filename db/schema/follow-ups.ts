import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { id, reference, timestamp, isoDate, revision } from './columns';
import { orgUnits } from './organisation';
import { people } from './people';
import { followUpPeriods } from './periods';
import { ACTIVITY_STATUSES } from '../../lib/domain/activity-statuses';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, NOTE_KINDS } from '../../lib/domain/follow-ups';
import { activities, assignments } from './plans';

export const followUpEvents = sqliteTable(
  'follow_up_events',
  {
    id: id(),
    kind: text({ enum: FOLLOW_UP_KINDS }).notNull(),
    unitId: reference(() => orgUnits.id).notNull(),
    periodId: reference(() => followUpPeriods.id),
    /** The employee of a talk; empty for a workplace meeting. */
    employeePersonId: reference(() => people.id),
    managerPersonId: reference(() => people.id).notNull(),
    heldOn: isoDate().notNull(),
    status: text({ enum: FOLLOW_UP_STATUSES }).notNull().default('booked'),
    employeeConfirmedAt: timestamp(),
    managerConfirmedAt: timestamp(),
    /** A correction of a confirmed talk is a new event pointing to the one it corrects. */
    correctsEventId: integer(),
    /** APT minutes: visible to everyone in the unit (unlike talk notes, which are confidential). */
    minutes: text(),
    /** Who booked or recorded the event, when. */
    createdByPersonId: reference(() => people.id),
    revision: revision(),
  },
  (t) => [
    index('follow_up_events_unit_idx').on(t.unitId, t.kind, t.heldOn),
    index('follow_up_events_employee_idx').on(t.employeePersonId, t.kind),
    index('follow_up_events_manager_idx').on(t.managerPersonId),
    index('follow_up_events_period_idx').on(t.periodId),
    index('follow_up_events_corrects_idx').on(t.correctsEventId),
    index('follow_up_events_created_by_idx').on(t.createdByPersonId),
  ],
);

/** The status of one activity as followed up at one event: the raw material of every roll-up. */
export const followUpEntries = sqliteTable(
  'follow_up_entries',
  {
    id: id(),
    eventId: reference(() => followUpEvents.id).notNull(),
    activityId: reference(() => activities.id).notNull(),
    assignmentId: reference(() => assignments.id),
    status: text({ enum: ACTIVITY_STATUSES }).notNull(),
    comment: text(),
    nextStep: text(),
    /** The employee's own assessment before an appraisal talk; `status` is what both agreed. */
    selfStatus: text({ enum: ACTIVITY_STATUSES }),
    selfComment: text(),
  },
  (t) => [index('follow_up_entries_event_idx').on(t.eventId), index('follow_up_entries_activity_idx').on(t.activityId, t.status), index('follow_up_entries_assignment_idx').on(t.assignmentId)],
);

/**
 * Notes from appraisal and salary talks are personal data. They live in their own table so that
 * no aggregate query can reach them by accident; only the employee and their manager read them.
 */
export const confidentialNotes = sqliteTable(
  'confidential_notes',
  {
    id: id(),
    eventId: reference(() => followUpEvents.id).notNull(),
    authorPersonId: reference(() => people.id).notNull(),
    /** preparation (the employee's, before the talk), talk (written in it), salary (the salary talk's assessment). */
    kind: text({ enum: NOTE_KINDS }).notNull().default('talk'),
    body: text().notNull(),
    createdAt: timestamp().notNull(),
  },
  (t) => [index('confidential_notes_event_idx').on(t.eventId), index('confidential_notes_author_idx').on(t.authorPersonId)],
);

/** Who attended a workplace meeting. */
export const meetingAttendees = sqliteTable(
  'meeting_attendees',
  {
    eventId: reference(() => followUpEvents.id).notNull(),
    personId: reference(() => people.id).notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] }), index('meeting_attendees_person_idx').on(t.personId)],
);
