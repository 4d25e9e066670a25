import 'server-only';
import type { Db } from '@/db/connection';
import type { Viewer } from '@/lib/permissions';
import { summariseDetail } from '@/features/privacy/audit-detail';
import { writeAudit } from '@/lib/audit/write-audit';

const iso = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000).toISOString());
const PERSON_NAME = `(p.given_name || ' ' || p.family_name)`;
// Every reading of a talk is `talk.read`; logs kept from before it was recorded under that name
// hold readings of the notes as `talk_note.read`, and those belong to the same history.
const TALK_READ_ACTIONS = `'talk.read', 'talk_note.read'`;

/**
 * Everything Styrkedjan stores about one person (GDPR art. 15), for that person alone: the
 * query is always by the viewer's own id, never by one from the request. The password hash and
 * the session counter are left out (they are secrets, not information about the person), and so
 * is what others wrote about other people: of the talks a manager held, only that they were held.
 */
function collectMyData(db: Db, personId: number, now = new Date()) {
  const sql = db.$client;
  const all = <T>(query: string, ...args: unknown[]) => sql.prepare(query).all(...args) as T[];

  const person = sql.prepare(`SELECT p.id, p.employee_number AS employeeNumber, p.given_name AS givenName, p.family_name AS familyName, p.email, p.title, m.name AS municipality FROM people p JOIN municipalities m ON m.id = p.municipality_id WHERE p.id = ?`).get(personId) as {
    id: number;
    employeeNumber: string | null;
    givenName: string;
    familyName: string;
    email: string | null;
    title: string | null;
    municipality: string;
  };
  const accountRow = sql.prepare('SELECT email, active, last_sign_in_at AS lastSignInAt, created_at AS createdAt FROM accounts WHERE person_id = ?').get(personId) as { email: string; active: number; lastSignInAt: number | null; createdAt: number } | undefined;

  const employments = all<{ unit: string; title: string; startDate: string; endDate: string | null; manager: string | null }>(
    `SELECT u.name AS unit, e.title, e.start_date AS startDate, e.end_date AS endDate, ${PERSON_NAME} AS manager
     FROM employments e JOIN org_units u ON u.id = e.unit_id LEFT JOIN people p ON p.id = e.manager_person_id
     WHERE e.person_id = ? ORDER BY e.start_date, e.id`,
    personId,
  );
  const roles = all<{ role: string; unit: string | null; label: string | null }>('SELECT r.role, u.name AS unit, r.label FROM role_assignments r LEFT JOIN org_units u ON u.id = r.org_unit_id WHERE r.person_id = ? ORDER BY r.id', personId);

  const assignmentRows = all<{ id: number; year: number; unit: string; description: string; status: string; manager: string | null; employeeConfirmedAt: number | null; managerConfirmedAt: number | null; updatedAt: number }>(
    `SELECT a.id, y.year, u.name AS unit, a.description, a.status, ${PERSON_NAME} AS manager, a.employee_confirmed_at AS employeeConfirmedAt, a.manager_confirmed_at AS managerConfirmedAt, a.updated_at AS updatedAt
     FROM assignments a JOIN plan_years y ON y.id = a.plan_year_id JOIN org_units u ON u.id = a.unit_id LEFT JOIN people p ON p.id = a.manager_person_id
     WHERE a.person_id = ? ORDER BY y.year, a.id`,
    personId,
  );
  const linkRows = all<{ assignmentId: number; activityId: number; activity: string; contribution: string | null }>(
    `SELECT aa.assignment_id AS assignmentId, act.id AS activityId, act.title AS activity, aa.contribution
     FROM assignment_activities aa JOIN assignments a ON a.id = aa.assignment_id JOIN activities act ON act.id = aa.activity_id
     WHERE a.person_id = ? ORDER BY act.sort_order, act.id`,
    personId,
  );

  const talkRows = all<{ id: number; kind: string; heldOn: string; status: string; manager: string; employeeConfirmedAt: number | null; managerConfirmedAt: number | null; correctsEventId: number | null }>(
    `SELECT e.id, e.kind, e.held_on AS heldOn, e.status, ${PERSON_NAME} AS manager, e.employee_confirmed_at AS employeeConfirmedAt, e.manager_confirmed_at AS managerConfirmedAt, e.corrects_event_id AS correctsEventId
     FROM follow_up_events e JOIN people p ON p.id = e.manager_person_id
     WHERE e.employee_person_id = ? AND e.kind <> 'workplace_meeting' ORDER BY e.held_on, e.id`,
    personId,
  );
  // The entries and notes of the person's own talks: what they wrote and what was written about them.
  const entryRows = all<{ eventId: number; activity: string; status: string; comment: string | null; nextStep: string | null; selfStatus: string | null; selfComment: string | null }>(
    `SELECT f.event_id AS eventId, act.title AS activity, f.status, f.comment, f.next_step AS nextStep, f.self_status AS selfStatus, f.self_comment AS selfComment
     FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id JOIN activities act ON act.id = f.activity_id
     WHERE e.employee_person_id = ? AND e.kind <> 'workplace_meeting' ORDER BY f.id`,
    personId,
  );
  const noteRows = all<{ eventId: number; kind: string; author: string; createdAt: number; body: string }>(
    `SELECT n.event_id AS eventId, n.kind, ${PERSON_NAME} AS author, n.created_at AS createdAt, n.body
     FROM confidential_notes n JOIN follow_up_events e ON e.id = n.event_id JOIN people p ON p.id = n.author_person_id
     WHERE e.employee_person_id = ? AND e.kind <> 'workplace_meeting' ORDER BY n.created_at, n.id`,
    personId,
  );
  const talksAsManager = all<{ id: number; kind: string; heldOn: string; status: string }>(
    `SELECT id, kind, held_on AS heldOn, status FROM follow_up_events WHERE manager_person_id = ? AND kind <> 'workplace_meeting' AND (employee_person_id IS NULL OR employee_person_id <> ?) ORDER BY held_on, id`,
    personId,
    personId,
  );
  const meetingsAttended = all<{ id: number; unit: string; heldOn: string }>(`SELECT e.id, u.name AS unit, e.held_on AS heldOn FROM meeting_attendees ma JOIN follow_up_events e ON e.id = ma.event_id JOIN org_units u ON u.id = e.unit_id WHERE ma.person_id = ? ORDER BY e.held_on, e.id`, personId);
  const meetingsRecorded = all<{ id: number; unit: string; heldOn: string }>(`SELECT e.id, u.name AS unit, e.held_on AS heldOn FROM follow_up_events e JOIN org_units u ON u.id = e.unit_id WHERE e.kind = 'workplace_meeting' AND e.created_by_person_id = ? ORDER BY e.held_on, e.id`, personId);
  const activitiesOwned = all<{ id: number; title: string; unit: string; year: number; status: string }>(
    `SELECT act.id, act.title, u.name AS unit, y.year, act.status FROM activities act JOIN action_plans pl ON pl.id = act.plan_id JOIN org_units u ON u.id = pl.unit_id JOIN plan_years y ON y.id = pl.plan_year_id WHERE act.owner_person_id = ? ORDER BY y.year, act.id`,
    personId,
  );

  // Who read the person's talks, and when: recorded by every reading (features/talks/queries.ts).
  const noteReads = all<{ at: number; talkId: number | null; readerPersonId: number | null; reader: string | null }>(
    `SELECT a.at, a.object_id AS talkId, a.actor_person_id AS readerPersonId, ${PERSON_NAME} AS reader
     FROM audit_log a LEFT JOIN people p ON p.id = a.actor_person_id
     WHERE json_extract(a.detail, '$.employeePersonId') = ? AND a.action IN (${TALK_READ_ACTIONS}) ORDER BY a.at, a.id`,
    personId,
  );
  const ownActions = all<{ at: number; action: string; objectType: string | null; objectId: number | null; detail: string | null }>('SELECT at, action, object_type AS objectType, object_id AS objectId, detail FROM audit_log WHERE actor_person_id = ? ORDER BY at, id', personId);

  return {
    generatedAt: now.toISOString(),
    person,
    account: accountRow ? { email: accountRow.email, active: accountRow.active === 1, lastSignInAt: iso(accountRow.lastSignInAt), createdAt: iso(accountRow.createdAt) } : null,
    employments,
    roles,
    assignments: assignmentRows.map((a) => ({
      ...a,
      employeeConfirmedAt: iso(a.employeeConfirmedAt),
      managerConfirmedAt: iso(a.managerConfirmedAt),
      updatedAt: iso(a.updatedAt),
      activities: linkRows.filter((l) => l.assignmentId === a.id).map(({ activityId, activity, contribution }) => ({ activityId, activity, contribution })),
    })),
    talks: talkRows.map((t) => ({
      ...t,
      employeeConfirmedAt: iso(t.employeeConfirmedAt),
      managerConfirmedAt: iso(t.managerConfirmedAt),
      entries: entryRows.filter((e) => e.eventId === t.id).map((e) => ({ activity: e.activity, status: e.status, comment: e.comment, nextStep: e.nextStep, selfStatus: e.selfStatus, selfComment: e.selfComment })),
      notes: noteRows.filter((n) => n.eventId === t.id).map((n) => ({ kind: n.kind, author: n.author, createdAt: iso(n.createdAt), body: n.body })),
    })),
    talksAsManager,
    meetingsAttended,
    meetingsRecorded,
    activitiesOwned,
    noteReads: noteReads.map((r) => ({ at: iso(r.at), talkId: r.talkId, reader: r.reader, byYou: r.readerPersonId === personId })),
    auditTrail: ownActions.map((a) => ({ at: iso(a.at), action: a.action, objectType: a.objectType, objectId: a.objectId, detail: Object.fromEntries(summariseDetail(a.detail)) })),
  };
}

type MyData = ReturnType<typeof collectMyData>;

/** The download: collected and recorded as an export in one transaction, so the log matches what left. */
export function exportMyData(db: Db, viewer: Viewer, format: 'json' | 'text', now = new Date()): MyData {
  return db.transaction(
    (tx) => {
      const data = collectMyData(db, viewer.personId, now);
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'personal_data.export', objectType: 'person', objectId: viewer.personId, detail: { format, talks: data.talks.length, noteReads: data.noteReads.length } });
      return data;
    },
    { behavior: 'immediate' },
  );
}

/** The page's overview: how much is stored, without the contents (no audit row: nothing personal is shown but counts). */
export function myDataSummary(db: Db, viewer: Viewer) {
  const count = (query: string) => (db.$client.prepare(query).get(viewer.personId) as { n: number }).n;
  return {
    name: viewer.name,
    employments: count('SELECT count(*) AS n FROM employments WHERE person_id = ?'),
    assignments: count('SELECT count(*) AS n FROM assignments WHERE person_id = ?'),
    talks: count(`SELECT count(*) AS n FROM follow_up_events WHERE employee_person_id = ? AND kind <> 'workplace_meeting'`),
    notes: count(`SELECT count(*) AS n FROM confidential_notes n JOIN follow_up_events e ON e.id = n.event_id WHERE e.employee_person_id = ?`),
    noteReads: count(`SELECT count(*) AS n FROM audit_log WHERE json_extract(detail, '$.employeePersonId') = ? AND action IN (${TALK_READ_ACTIONS})`),
    auditRows: count('SELECT count(*) AS n FROM audit_log WHERE actor_person_id = ?'),
  };
}
