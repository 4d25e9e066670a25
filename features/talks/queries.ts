import 'server-only';
import { and, asc, desc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { activities, assignmentActivities, assignments, confidentialNotes, employments, followUpEntries, followUpEvents, people, planYears } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { parseId } from '@/lib/ids';
import { canManageTalk, type Viewer } from '@/lib/permissions';
import { writeAudit } from '@/lib/audit/write-audit';
import { currentPlanYear } from '@/features/plan-years/current';
import { loadTalkForViewer } from './access';
import { addDays } from '@/lib/dates/calendar-date';
import { todayInStockholm } from '@/lib/dates/stockholm-time';

const fullName = (p: { givenName: string; familyName: string } | undefined | null) => (p ? `${p.givenName} ${p.familyName}` : '');

/** The viewer's own talks, and as a manager the talks with their own employees, this plan year. */
export function listTalks(db: Db, viewer: Viewer) {
  const year = currentPlanYear(db, viewer.municipalityId);
  // A week ahead is a sensible first suggestion for a new booking.
  const suggestedDate = addDays(todayInStockholm(), 7);
  if (!year) return { year: null, suggestedDate, own: [], asManager: [], withoutTalk: [], employees: [] };
  const from = `${year.year}-01-01`;
  const to = `${year.year}-12-31`;
  const inYear = and(sql`${followUpEvents.heldOn} >= ${from}`, sql`${followUpEvents.heldOn} <= ${to}`, ne(followUpEvents.kind, 'workplace_meeting'));

  const own = db
    .select()
    .from(followUpEvents)
    .where(and(eq(followUpEvents.employeePersonId, viewer.personId), inYear))
    .orderBy(desc(followUpEvents.heldOn))
    .all();

  // Only employees whose manager the viewer is now; a former manager sees none of their talks.
  const team = db
    .select({ personId: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(employments)
    .innerJoin(people, eq(people.id, employments.personId))
    .where(and(eq(employments.managerPersonId, viewer.personId), isNull(employments.endDate)))
    .orderBy(people.familyName, people.givenName)
    .all();
  const teamIds = team.map((t) => t.personId);
  const asManager = teamIds.length
    ? db
        .select()
        .from(followUpEvents)
        .where(and(inArray(followUpEvents.employeePersonId, teamIds), inYear))
        .orderBy(desc(followUpEvents.heldOn))
        .all()
    : [];
  const hadAppraisal = new Set(asManager.filter((t) => t.kind === 'appraisal_talk').map((t) => t.employeePersonId));
  const nameOf = new Map(team.map((t) => [t.personId, fullName(t)]));

  return {
    year: year.year,
    suggestedDate,
    own,
    asManager: asManager.map((t) => ({ ...t, employeeName: nameOf.get(t.employeePersonId!) ?? '' })),
    withoutTalk: team.filter((t) => !hadAppraisal.has(t.personId)).map((t) => ({ personId: t.personId, name: fullName(t) })),
    employees: team.map((t) => ({ personId: t.personId, name: fullName(t) })),
  };
}

/**
 * One talk for the employee, their manager or HR. Every reading is recorded in the audit log
 * (`talk.read`: who, when, which talk, how many texts), whether or not the talk has notes yet: its
 * statuses, comments and next steps are personal data too, and so are the next steps of the
 * earlier talks shown beside it. The employee's own readings are recorded as well, so the log
 * answers "who opened this talk" without exceptions; the "my data" export marks them as theirs.
 */
export function getTalk(db: Db, viewer: Viewer, rawId: string) {
  const talkId = parseId(rawId);
  if (talkId === null) throw new NotFoundError('Samtalet');
  const { event, access } = loadTalkForViewer(db, viewer, talkId);

  const persons = db
    .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(inArray(people.id, [event.employeePersonId!, event.managerPersonId]))
    .all();
  const name = (id: number) => fullName(persons.find((p) => p.id === id));

  // The activities talked about: the employee's assignment of the talk's year.
  const year = db
    .select({ id: planYears.id, status: planYears.status })
    .from(planYears)
    .where(and(eq(planYears.municipalityId, viewer.municipalityId), eq(planYears.year, Number(event.heldOn.slice(0, 4)))))
    .get();
  const assignment = year
    ? db
        .select({ id: assignments.id })
        .from(assignments)
        .where(and(eq(assignments.personId, event.employeePersonId!), eq(assignments.planYearId, year.id)))
        .get()
    : undefined;
  const linked = assignment
    ? db
        .select({ id: activities.id, title: activities.title, status: activities.status, contribution: assignmentActivities.contribution })
        .from(assignmentActivities)
        .innerJoin(activities, eq(activities.id, assignmentActivities.activityId))
        .where(eq(assignmentActivities.assignmentId, assignment.id))
        .orderBy(activities.sortOrder)
        .all()
    : [];
  const entries = db.select().from(followUpEntries).where(eq(followUpEntries.eventId, talkId)).all();
  const activityIds = [...new Set([...linked.map((a) => a.id), ...entries.map((e) => e.activityId)])];
  const titles = activityIds.length ? db.select({ id: activities.id, title: activities.title }).from(activities).where(inArray(activities.id, activityIds)).all() : [];

  const notes = db
    .select({ id: confidentialNotes.id, kind: confidentialNotes.kind, body: confidentialNotes.body, createdAt: confidentialNotes.createdAt, authorPersonId: confidentialNotes.authorPersonId })
    .from(confidentialNotes)
    .where(eq(confidentialNotes.eventId, talkId))
    .orderBy(asc(confidentialNotes.createdAt), asc(confidentialNotes.id))
    .all();

  // Beside the form: the employee's earlier talks and the unit's latest APT statuses for the same activities.
  const earlier = db
    .select({ id: followUpEvents.id, kind: followUpEvents.kind, heldOn: followUpEvents.heldOn, status: followUpEvents.status })
    .from(followUpEvents)
    .where(and(eq(followUpEvents.employeePersonId, event.employeePersonId!), lt(followUpEvents.heldOn, event.heldOn), ne(followUpEvents.id, talkId)))
    .orderBy(desc(followUpEvents.heldOn))
    .limit(6)
    .all();
  const earlierEntries = earlier.length
    ? db
        .select({ eventId: followUpEntries.eventId, activityId: followUpEntries.activityId, status: followUpEntries.status, nextStep: followUpEntries.nextStep })
        .from(followUpEntries)
        .where(
          inArray(
            followUpEntries.eventId,
            earlier.map((e) => e.id),
          ),
        )
        .all()
    : [];
  const latestApt = activityIds.length
    ? (db.$client
        .prepare(
          `SELECT fe.activity_id AS activityId, fe.status AS status, ev.held_on AS heldOn FROM follow_up_entries fe
           JOIN follow_up_events ev ON ev.id = fe.event_id AND ev.kind = 'workplace_meeting'
           WHERE fe.activity_id IN (${activityIds.map(() => '?').join(',')})
           AND ev.held_on = (SELECT max(e2.held_on) FROM follow_up_entries f2 JOIN follow_up_events e2 ON e2.id = f2.event_id AND e2.kind = 'workplace_meeting' WHERE f2.activity_id = fe.activity_id)`,
        )
        .all(...activityIds) as { activityId: number; status: string; heldOn: string }[])
    : [];

  const texts = (e: { comment?: string | null; nextStep: string | null; selfComment?: string | null }) => [e.comment, e.nextStep, e.selfComment].filter((t) => t !== null && t !== undefined).length;
  const shownEarlier = [...new Set(earlierEntries.filter((e) => e.nextStep !== null).map((e) => e.eventId))].sort((a, b) => a - b);
  db.transaction((tx) =>
    writeAudit(tx, {
      actorPersonId: viewer.personId,
      action: 'talk.read',
      objectType: 'follow_up_event',
      objectId: talkId,
      detail: { employeePersonId: event.employeePersonId, notes: notes.length, entries: entries.length, entryTexts: entries.reduce((n, e) => n + texts(e), 0), earlierTalks: shownEarlier },
    }),
  );

  const isManager = canManageTalk(viewer, access);
  const isEmployee = viewer.personId === event.employeePersonId;
  const open = year?.status !== 'closed';
  const locked = event.status === 'confirmed' || !open;
  return {
    id: event.id,
    kind: event.kind as 'appraisal_talk' | 'salary_talk',
    heldOn: event.heldOn,
    status: event.status,
    revision: event.revision,
    employeeName: name(event.employeePersonId!),
    managerName: name(event.managerPersonId),
    employeeConfirmedAt: event.employeeConfirmedAt,
    managerConfirmedAt: event.managerConfirmedAt,
    correctsEventId: event.correctsEventId,
    /** The assignment to update in the talk if the rest of the year needs it (readable by both). */
    assignmentId: isEmployee || isManager ? (assignment?.id ?? null) : null,
    activities: activityIds.map((id) => {
      const entry = entries.find((e) => e.activityId === id);
      return {
        id,
        title: titles.find((t) => t.id === id)?.title ?? '',
        contribution: linked.find((l) => l.id === id)?.contribution ?? null,
        selfStatus: entry?.selfStatus ?? null,
        selfComment: entry?.selfComment ?? null,
        status: entry && event.status !== 'booked' && event.status !== 'prepared' ? entry.status : null,
        comment: entry?.comment ?? null,
        nextStep: entry?.nextStep ?? null,
        latestApt: latestApt.find((a) => a.activityId === id) ?? null,
        earlier: earlierEntries.filter((e) => e.activityId === id).map((e) => ({ ...e, heldOn: earlier.find((x) => x.id === e.eventId)?.heldOn ?? '' })),
      };
    }),
    notes: notes.map((n) => ({ ...n, authorName: name(n.authorPersonId) || '' })),
    earlier,
    can: {
      prepare: isEmployee && !locked && (event.status === 'booked' || event.status === 'prepared') && event.kind === 'appraisal_talk',
      record: isManager && !locked,
      confirmAsEmployee: isEmployee && !locked && event.status === 'held' && !event.employeeConfirmedAt,
      confirmAsManager: isManager && !locked && event.status === 'held' && !event.managerConfirmedAt,
      correct: isManager && event.status === 'confirmed' && open,
    },
  };
}

export type TalkView = ReturnType<typeof getTalk>;
