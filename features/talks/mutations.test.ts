import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({
  getDb: () => {
    throw new Error('tests pass their own database');
  },
}));
vi.mock('@/lib/auth/viewer', () => ({
  requireViewer: async () => {
    throw new Error('tests pass their own viewer');
  },
}));

const { demoDatabase, viewerOf } = await import('@/test-support/demo-database');
const { expectRefused } = await import('@/test-support/refused-write');
const { bookTalk, confirmTalk, correctTalk, prepareTalk, recordTalk } = await import('./mutations');
const { bookTalkSchema, talkDecisionSchema, talkPreparationSchema, talkRecordSchema } = await import('./validation');
const { entryField } = await import('@/features/follow-ups/entries');
const { ConflictError, NotFoundError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;
type Refusal = import('@/test-support/refused-write').Refusal;

/**
 * A talk through every write, with Norrvik beside Sjövik: the employee, their manager now, HR,
 * a colleague, another unit's manager and every role of the other municipality.
 */
let db: Db;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const sjovik = (local: string) => viewerOf(db, `${local}@sjovik.se`);
const norrvik = (local: string) => viewerOf(db, `${local}@norrvik.se`);

const talk = (id: number) =>
  one<{ kind: string; status: string; revision: number; unitId: number; employeePersonId: number; managerPersonId: number; employeeConfirmedAt: number | null; managerConfirmedAt: number | null; correctsEventId: number | null }>(
    `SELECT kind, status, revision, unit_id AS unitId, employee_person_id AS employeePersonId, manager_person_id AS managerPersonId, employee_confirmed_at AS employeeConfirmedAt,
          manager_confirmed_at AS managerConfirmedAt, corrects_event_id AS correctsEventId FROM follow_up_events WHERE id = ?`,
    id,
  );
const entries = (id: number) =>
  all<{ activityId: number; status: string; selfStatus: string | null; selfComment: string | null; comment: string | null; nextStep: string | null }>(
    'SELECT activity_id AS activityId, status, self_status AS selfStatus, self_comment AS selfComment, comment, next_step AS nextStep FROM follow_up_entries WHERE event_id = ? ORDER BY activity_id',
    id,
  );
const notes = (id: number) => all<{ kind: string; body: string; author: number }>('SELECT kind, body, author_person_id AS author FROM confidential_notes WHERE event_id = ? ORDER BY id', id);
const lastAudit = () => one<{ actor: number; action: string; objectType: string; objectId: number; detail: string | null }>('SELECT actor_person_id AS actor, action, object_type AS objectType, object_id AS objectId, detail FROM audit_log ORDER BY id DESC LIMIT 1');
const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;
const counts = () => ({ events: count('follow_up_events'), entries: count('follow_up_entries'), notes: count('confidential_notes'), audit: count('audit_log') });

/** Every table a talk write touches, and the talk's own row and entries. */
const watching = (talkId?: number) => ({
  tables: ['follow_up_events', 'follow_up_entries', 'confidential_notes', 'audit_log'],
  rows: talkId
    ? [
        { sql: 'SELECT * FROM follow_up_events WHERE id = ?', args: [talkId] },
        { sql: 'SELECT * FROM follow_up_entries WHERE event_id = ? ORDER BY id', args: [talkId] },
      ]
    : [],
});
const refused = (talkId: number | undefined, write: () => unknown, refusal: Refusal) => expectRefused(db, watching(talkId), write, refusal);

/** The activities of the employee's assignment of 2026: what their talks of the year are about. */
const assignmentActivities = (email: string) =>
  all<{ id: number }>(
    `SELECT aa.activity_id AS id FROM assignment_activities aa JOIN assignments a ON a.id = aa.assignment_id JOIN plan_years y ON y.id = a.plan_year_id
     JOIN accounts acc ON acc.person_id = a.person_id WHERE acc.email = ? AND y.year = 2026 ORDER BY aa.activity_id`,
    email,
  ).map((r) => r.id);
const personOf = (email: string) => one<{ id: number }>('SELECT person_id AS id FROM accounts WHERE email = ?', email).id;
const book = (input: Record<string, unknown>) => bookTalkSchema.parse(input);
const prepared = (input: Record<string, unknown>) => talkPreparationSchema.parse(input);
const recorded = (input: Record<string, unknown>) => talkRecordSchema.parse(input);
const decided = (talkId: number, revision: number) => talkDecisionSchema.parse({ talkId: String(talkId), revision: String(revision) });

let activityIds: number[] = [];
let employeeId = 0;
/** A talk booked in Norrvik by its own manager: for Sjövik's roles to try their hand at. */
let norrvikTalkId = 0;

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
  activityIds = assignmentActivities('medarbetare@sjovik.se');
  employeeId = personOf('medarbetare@sjovik.se');
  norrvikTalkId = bookTalk(db, norrvik('enhetschef'), book({ employeePersonId: String(personOf('medarbetare@norrvik.se')), kind: 'appraisal_talk', heldOn: '2026-12-04' }));
});
afterAll(() => db.$client.close());

describe('an appraisal talk from booking to correction', () => {
  let talkId = 0;
  const manager = () => sjovik('enhetschef');
  const employee = () => sjovik('medarbetare');

  it('is booked by the employee’s manager, with an audit row', () => {
    expect(activityIds.length).toBeGreaterThan(0);
    const before = counts();
    talkId = bookTalk(db, manager(), book({ employeePersonId: String(employeeId), kind: 'appraisal_talk', heldOn: '2026-12-03' }));
    expect(talk(talkId)).toMatchObject({ kind: 'appraisal_talk', status: 'booked', revision: 1, employeePersonId: employeeId, managerPersonId: manager().personId, correctsEventId: null });
    expect(talk(talkId).unitId).toBe(one<{ unitId: number }>('SELECT unit_id AS unitId FROM employments WHERE person_id = ? AND end_date IS NULL', employeeId).unitId);
    expect(counts()).toEqual({ ...before, events: before.events + 1, audit: before.audit + 1 });
    const audit = lastAudit();
    expect(audit).toMatchObject({ actor: manager().personId, action: 'talk.booked', objectType: 'follow_up_event', objectId: talkId });
    expect(JSON.parse(audit.detail!)).toEqual({ kind: 'appraisal_talk', heldOn: '2026-12-03', employeePersonId: employeeId });
  });

  it('is booked by nobody else: not the employee, HR, another manager or a manager of another municipality', () => {
    const notYours = { key: 'followUp.errors.notYourEmployee', field: 'employeePersonId' };
    const input = book({ employeePersonId: String(employeeId), kind: 'appraisal_talk', heldOn: '2026-12-05' });
    refused(undefined, () => bookTalk(db, employee(), input), notYours);
    refused(undefined, () => bookTalk(db, sjovik('kollega'), input), notYours);
    refused(undefined, () => bookTalk(db, sjovik('hr'), input), notYours);
    refused(undefined, () => bookTalk(db, sjovik('enhetschef2'), input), notYours);
    refused(undefined, () => bookTalk(db, sjovik('forvaltningschef'), input), notYours);
    refused(undefined, () => bookTalk(db, norrvik('enhetschef'), input), notYours);
    // Sjövik's manager and Norrvik's employee: the same answer as for someone who does not exist.
    refused(undefined, () => bookTalk(db, manager(), book({ employeePersonId: String(personOf('medarbetare@norrvik.se')), kind: 'salary_talk', heldOn: '2026-12-05' })), notYours);
    refused(undefined, () => bookTalk(db, manager(), book({ employeePersonId: '99999999', kind: 'salary_talk', heldOn: '2026-12-05' })), notYours);
  });

  it('is prepared by the employee only, and not with a status that does not exist or too long a comment', () => {
    const [first] = activityIds;
    const input = prepared({ talkId: String(talkId), revision: '1', notes: 'Mina tankar', [entryField('selfStatus', first!)]: 'on_track' });
    refused(talkId, () => prepareTalk(db, manager(), input), NotFoundError);
    refused(talkId, () => prepareTalk(db, sjovik('kollega'), input), NotFoundError);
    refused(talkId, () => prepareTalk(db, sjovik('hr'), input), NotFoundError);
    refused(talkId, () => prepareTalk(db, norrvik('medarbetare'), input), NotFoundError);
    refused(norrvikTalkId, () => prepareTalk(db, employee(), { ...input, talkId: norrvikTalkId }), NotFoundError);
    refused(talkId, () => prepareTalk(db, employee(), { ...input, [entryField('selfStatus', first!)]: 'sleeping' }), { key: 'validation.invalidChoice', field: entryField('selfStatus', first!) });
    refused(talkId, () => prepareTalk(db, employee(), { ...input, [entryField('selfComment', first!)]: 'x'.repeat(1001) }), { key: 'validation.tooLong', field: entryField('selfComment', first!) });
  });

  it('keeps the employee’s preparation per activity and their notes, with an audit row', () => {
    const input: Record<string, unknown> = { talkId: String(talkId), revision: '1', notes: 'Mina tankar inför samtalet' };
    activityIds.forEach((id, n) => {
      input[entryField('selfStatus', id)] = n === 0 ? 'at_risk' : 'on_track';
      input[entryField('selfComment', id)] = n === 0 ? ' Behöver mer tid ' : '';
    });
    const before = counts();
    prepareTalk(db, employee(), prepared(input));
    expect(talk(talkId)).toMatchObject({ status: 'prepared', revision: 2 });
    // Until the talk is held, the agreed status starts as the employee's own view.
    expect(entries(talkId)).toEqual(activityIds.map((id, n) => ({ activityId: id, status: n === 0 ? 'at_risk' : 'on_track', selfStatus: n === 0 ? 'at_risk' : 'on_track', selfComment: n === 0 ? 'Behöver mer tid' : null, comment: null, nextStep: null })));
    expect(notes(talkId)).toEqual([{ kind: 'preparation', body: 'Mina tankar inför samtalet', author: employeeId }]);
    expect(counts()).toEqual({ ...before, entries: before.entries + activityIds.length, notes: before.notes + 1, audit: before.audit + 1 });
    expect(lastAudit()).toMatchObject({ actor: employeeId, action: 'talk.prepared', objectId: talkId });
  });

  it('refuses a preparation sent from a form opened before the last save', () => {
    refused(talkId, () => prepareTalk(db, employee(), prepared({ talkId: String(talkId), revision: '1', notes: 'Från en gammal flik' })), ConflictError);
  });

  const recordInput = (revision: number, overrides: Record<string, unknown> = {}) => {
    const input: Record<string, unknown> = { talkId: String(talkId), revision: String(revision), notes: 'Vi kom överens om nästa steg.' };
    activityIds.forEach((id) => {
      input[entryField('status', id)] = 'on_track';
      input[entryField('comment', id)] = 'Går enligt plan';
      input[entryField('nextStep', id)] = 'Stäm av i februari';
    });
    return recorded({ ...input, ...overrides });
  };

  it('is recorded by the manager only, with a status for every activity', () => {
    const [first] = activityIds;
    const input = recordInput(2);
    refused(talkId, () => recordTalk(db, employee(), input), NotFoundError);
    refused(talkId, () => recordTalk(db, sjovik('hr'), input), NotFoundError);
    refused(talkId, () => recordTalk(db, sjovik('enhetschef2'), input), NotFoundError);
    refused(talkId, () => recordTalk(db, norrvik('enhetschef'), input), NotFoundError);
    refused(talkId, () => recordTalk(db, norrvik('hr'), input), NotFoundError);
    refused(norrvikTalkId, () => recordTalk(db, manager(), { ...input, talkId: norrvikTalkId }), NotFoundError);
    refused(talkId, () => recordTalk(db, manager(), recordInput(2, { [entryField('status', first!)]: '' })), { key: 'followUp.errors.chooseStatus', field: entryField('status', first!) });
    refused(talkId, () => recordTalk(db, manager(), recordInput(2, { [entryField('nextStep', first!)]: 'x'.repeat(1001) })), { key: 'validation.tooLong', field: entryField('nextStep', first!) });
    refused(talkId, () => recordTalk(db, manager(), recordInput(1)), ConflictError);
  });

  it('keeps what both agreed per activity and the manager’s notes, with an audit row', () => {
    const before = counts();
    recordTalk(db, manager(), recordInput(2));
    expect(talk(talkId)).toMatchObject({ status: 'held', revision: 3, employeeConfirmedAt: null, managerConfirmedAt: null });
    expect(entries(talkId).map(({ activityId, status, comment, nextStep, selfStatus }) => ({ activityId, status, comment, nextStep, selfStatus: selfStatus !== null }))).toEqual(
      activityIds.map((id) => ({ activityId: id, status: 'on_track', comment: 'Går enligt plan', nextStep: 'Stäm av i februari', selfStatus: true })),
    );
    expect(notes(talkId).map((n) => n.kind)).toEqual(['preparation', 'talk']);
    expect(counts()).toEqual({ ...before, notes: before.notes + 1, audit: before.audit + 1 });
    const audit = lastAudit();
    expect(audit).toMatchObject({ actor: manager().personId, action: 'talk.recorded', objectId: talkId });
    expect(JSON.parse(audit.detail!)).toEqual({ entries: activityIds.map((id) => ({ activityId: id, status: 'on_track' })) });
  });

  it('is confirmed by the employee and the manager only, from the latest version', () => {
    refused(talkId, () => confirmTalk(db, sjovik('kollega'), decided(talkId, 3)), NotFoundError);
    refused(talkId, () => confirmTalk(db, sjovik('hr'), decided(talkId, 3)), NotFoundError);
    refused(talkId, () => confirmTalk(db, sjovik('enhetschef2'), decided(talkId, 3)), NotFoundError);
    refused(talkId, () => confirmTalk(db, norrvik('medarbetare'), decided(talkId, 3)), NotFoundError);
    refused(talkId, () => confirmTalk(db, norrvik('hr'), decided(talkId, 3)), NotFoundError);
    refused(talkId, () => confirmTalk(db, employee(), decided(talkId, 2)), ConflictError);
    // A talk not yet held has nothing to confirm.
    refused(norrvikTalkId, () => confirmTalk(db, norrvik('medarbetare'), decided(norrvikTalkId, 1)), { key: 'followUp.errors.notHeldYet' });
  });

  it('becomes confirmed, and read-only, once both have confirmed', () => {
    let before = counts();
    confirmTalk(db, employee(), decided(talkId, 3));
    expect(talk(talkId)).toMatchObject({ status: 'held', revision: 4, managerConfirmedAt: null });
    expect(talk(talkId).employeeConfirmedAt).not.toBeNull();
    expect(lastAudit()).toMatchObject({ actor: employeeId, action: 'talk.confirmed_by_employee', objectId: talkId });
    expect(counts()).toEqual({ ...before, audit: before.audit + 1 });

    before = counts();
    confirmTalk(db, manager(), decided(talkId, 4));
    expect(talk(talkId)).toMatchObject({ status: 'confirmed', revision: 5 });
    expect(talk(talkId).managerConfirmedAt).not.toBeNull();
    expect(lastAudit()).toMatchObject({ actor: manager().personId, action: 'talk.confirmed_by_manager', objectId: talkId });
    expect(counts()).toEqual({ ...before, audit: before.audit + 1 });

    refused(talkId, () => recordTalk(db, manager(), recordInput(5)), { key: 'followUp.errors.notEditable' });
    refused(talkId, () => prepareTalk(db, employee(), prepared({ talkId: String(talkId), revision: '5', notes: 'Efteråt' })), { key: 'followUp.errors.notEditable' });
  });

  it('is corrected by the manager only, from the version they saw', () => {
    refused(talkId, () => correctTalk(db, employee(), decided(talkId, 5)), NotFoundError);
    refused(talkId, () => correctTalk(db, sjovik('hr'), decided(talkId, 5)), NotFoundError);
    refused(talkId, () => correctTalk(db, sjovik('enhetschef2'), decided(talkId, 5)), NotFoundError);
    refused(talkId, () => correctTalk(db, norrvik('enhetschef'), decided(talkId, 5)), NotFoundError);
    refused(talkId, () => correctTalk(db, manager(), decided(talkId, 4)), ConflictError);
    const norrvikConfirmed = one<{ id: number }>(`SELECT e.id FROM follow_up_events e JOIN org_units u ON u.id = e.unit_id WHERE u.municipality_id = 2 AND e.kind = 'appraisal_talk' AND e.status = 'confirmed' LIMIT 1`).id;
    refused(norrvikConfirmed, () => correctTalk(db, manager(), decided(norrvikConfirmed, talk(norrvikConfirmed).revision)), NotFoundError);
    // Only a confirmed talk is corrected; until then the manager records it again.
    refused(norrvikTalkId, () => correctTalk(db, norrvik('enhetschef'), decided(norrvikTalkId, 1)), { key: 'followUp.errors.notConfirmedYet' });
  });

  it('is corrected by a new talk that points to it and copies its entries, leaving the confirmed talk as it was', () => {
    const original = { row: talk(talkId), entries: entries(talkId), notes: notes(talkId) };
    const before = counts();
    const correctionId = correctTalk(db, manager(), decided(talkId, 5));
    expect(correctionId).not.toBe(talkId);
    expect(talk(correctionId)).toMatchObject({ kind: 'appraisal_talk', status: 'held', revision: 1, correctsEventId: talkId, employeePersonId: employeeId, managerPersonId: manager().personId, employeeConfirmedAt: null, managerConfirmedAt: null });
    expect(entries(correctionId)).toEqual(original.entries);
    expect(notes(correctionId)).toEqual([]);
    expect({ row: talk(talkId), entries: entries(talkId), notes: notes(talkId) }).toEqual(original);
    expect(counts()).toEqual({ ...before, events: before.events + 1, entries: before.entries + original.entries.length, audit: before.audit + 1 });
    const audit = lastAudit();
    expect(audit).toMatchObject({ actor: manager().personId, action: 'talk.correction_started', objectId: correctionId });
    expect(JSON.parse(audit.detail!)).toEqual({ corrects: talkId });
  });
});

describe('a salary talk', () => {
  it('is recorded with the salary assessment only, kept as a note of its own', () => {
    const manager = sjovik('enhetschef');
    const colleagueId = personOf('kollega@sjovik.se');
    const talkId = bookTalk(db, manager, bookTalkSchema.parse({ employeePersonId: String(colleagueId), kind: 'salary_talk', heldOn: '2026-12-10' }));
    // A salary talk has no preparation by the employee.
    refused(talkId, () => prepareTalk(db, sjovik('kollega'), prepared({ talkId: String(talkId), revision: '1', notes: 'Inför lönesamtalet' })), { key: 'followUp.errors.notEditable' });
    refused(talkId, () => recordTalk(db, manager, recorded({ talkId: String(talkId), revision: '1', notes: 'Samtalet hölls.' })), { key: 'followUp.errors.salaryAssessmentRequired', field: 'salaryAssessment' });

    const before = counts();
    recordTalk(db, manager, recorded({ talkId: String(talkId), revision: '1', notes: 'Samtalet hölls.', salaryAssessment: 'Goda insatser under året.' }));
    expect(talk(talkId)).toMatchObject({ status: 'held', revision: 2 });
    expect(entries(talkId)).toEqual([]);
    expect(notes(talkId)).toEqual([
      { kind: 'talk', body: 'Samtalet hölls.', author: manager.personId },
      { kind: 'salary', body: 'Goda insatser under året.', author: manager.personId },
    ]);
    expect(counts()).toEqual({ ...before, notes: before.notes + 2, audit: before.audit + 1 });
  });
});
