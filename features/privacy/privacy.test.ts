import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { writeAudit } = await import('@/lib/audit/write-audit');
const { listAuditLog } = await import('./audit-log');
const { exportMyData, myDataSummary } = await import('./my-data');
const { myRetentionYears, retentionOverview, runDisposal, saveRetentionRule } = await import('./retention-data');
const { NotFoundError, RuleError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;
type Viewer = import('@/lib/permissions').Viewer;

let db: Db;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const n = (sql: string, ...args: unknown[]) => one<{ n: number }>(sql, ...args).n;

const viewerOf = (email: string): Viewer => demoViewer(db, email);
const admin = () => viewerOf('admin@sjovik.se');
const employee = () => viewerOf('medarbetare@sjovik.se');
const manager = () => viewerOf('enhetschef@sjovik.se');

/** A reading of a talk, recorded as features/talks/queries.ts records it (features/talks/queries.test.ts reads for real). */
function readNotes(reader: Viewer, talkId: number) {
  const talk = one<{ employeePersonId: number }>('SELECT employee_person_id AS employeePersonId FROM follow_up_events WHERE id = ?', talkId);
  const notes = n('SELECT count(*) AS n FROM confidential_notes WHERE event_id = ?', talkId);
  db.transaction((tx) => writeAudit(tx, { actorPersonId: reader.personId, action: 'talk.read', objectType: 'follow_up_event', objectId: talkId, detail: { employeePersonId: talk.employeePersonId, notes } }));
}

// The seeded demo is as of 2026-11-20; a day later, a one-year rule cuts at 2025-11-21.
const NOW = new Date('2026-11-21T12:00:00Z');
const CUTOFF = Math.floor(Date.parse('2025-11-20T23:00:00Z') / 1000);
let employeeTalks: { id: number; heldOn: string }[] = [];

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
  employeeTalks = all<{ id: number; heldOn: string }>(`SELECT e.id, e.held_on AS heldOn FROM follow_up_events e WHERE e.employee_person_id = ? AND EXISTS (SELECT 1 FROM confidential_notes n WHERE n.event_id = e.id) ORDER BY e.held_on`, employee().personId);
  // The manager reads every one of the employee's talks with notes, the employee reads the newest.
  for (const t of employeeTalks) readNotes(manager(), t.id);
  readNotes(employee(), employeeTalks[employeeTalks.length - 1]!.id);
});
afterAll(() => db.$client.close());

describe('the audit log viewer', () => {
  it('is the administrator’s alone: anyone else gets the same answer as for a missing page', async () => {
    for (const v of [employee(), manager(), viewerOf('kommundirektor@sjovik.se'), viewerOf('hr@sjovik.se')]) await expect(listAuditLog(db, v, {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('filters by a person: their own actions and the rows about them, newest first', async () => {
    const { rows, person } = await listAuditLog(db, admin(), { person: 'medarbetare@sjovik.se' });
    expect(person?.id).toBe(employee().personId);
    const reads = rows.filter((r) => r.action === 'talk.read');
    expect(reads).toHaveLength(employeeTalks.length + 1);
    expect(reads.filter((r) => r.actorPersonId === manager().personId)).toHaveLength(employeeTalks.length);
    expect(reads.every((r) => r.subjectPersonId === employee().personId && r.subjectName === employee().name)).toBe(true);
    const keys = rows.map((r) => [r.at.getTime(), r.id] as const);
    expect([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1])).toEqual(keys);
  });

  it('finds nobody for an unknown person rather than showing everything, nor someone of another municipality', async () => {
    expect(await listAuditLog(db, admin(), { person: 'ingen@sjovik.se' })).toMatchObject({ rows: [], personNotFound: true });
    expect(await listAuditLog(db, admin(), { person: 'medarbetare@norrvik.se' })).toMatchObject({ rows: [], personNotFound: true });
  });

  it('filters by object, action and area, and time range', async () => {
    const talkId = employeeTalks[0]!.id;
    const byObject = (await listAuditLog(db, admin(), { objectType: 'follow_up_event', objectId: talkId })).rows;
    expect(byObject.length).toBeGreaterThan(0);
    expect(byObject.every((r) => r.objectType === 'follow_up_event' && r.objectId === talkId)).toBe(true);
    expect((await listAuditLog(db, admin(), { action: 'talk_note' })).rows).toEqual([]);
    expect((await listAuditLog(db, admin(), { action: 'talk' })).rows.length).toBe(employeeTalks.length + 1);
    expect((await listAuditLog(db, admin(), { action: 'talk.read', to: '2020-01-01' })).rows).toEqual([]);
  });

  it('pages by keyset without gaps or repeats', async () => {
    const whole = (await listAuditLog(db, admin(), { action: 'talk.read' }, 1000)).rows.map((r) => r.id);
    const paged: number[] = [];
    let after: string | undefined;
    do {
      const page = await listAuditLog(db, admin(), { action: 'talk.read', after }, 2);
      paged.push(...page.rows.map((r) => r.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(paged).toEqual(whole);
  });

  it('never shows a talk note’s text: the audit rows do not hold it, and the detail shows no free text', async () => {
    const bodies = all<{ body: string }>('SELECT body FROM confidential_notes').map((r) => r.body);
    const details = all<{ detail: string | null }>('SELECT detail FROM audit_log').map((r) => r.detail ?? '');
    for (const body of new Set(bodies)) expect(details.some((d) => d.includes(body))).toBe(false);
    const shown = JSON.stringify((await listAuditLog(db, admin(), { person: 'medarbetare@sjovik.se' }, 1000)).rows);
    for (const body of new Set(bodies)) expect(shown).not.toContain(body);
  });

  it('uses an index for each filter, and for the newest rows without one', () => {
    const plan = (where: string) =>
      all<{ detail: string }>(`EXPLAIN QUERY PLAN SELECT a.id FROM audit_log a WHERE ${where} ORDER BY a.at DESC, a.id DESC LIMIT 51`)
        .map((r) => r.detail)
        .join(' | ');
    expect(plan('1')).toMatch(/audit_log_at_idx/);
    expect(plan(`json_extract(a.detail, '$.employeePersonId') = 5`)).toMatch(/audit_log_subject_idx/);
    expect(plan('a.actor_person_id = 5')).toMatch(/audit_log_actor_idx/);
    expect(plan(`a.object_type = 'goal' AND a.object_id = 3`)).toMatch(/audit_log_object_idx/);
    expect(plan(`a.action = 'goal.update'`)).toMatch(/audit_log_action_idx/);
  });
});

describe('my data', () => {
  it('holds the person’s own data, their talks’ notes and who read them, never a password hash', () => {
    const me = employee();
    const data = exportMyData(db, me, 'json', NOW);
    const text = JSON.stringify(data);
    expect(data.person.id).toBe(me.personId);
    expect(`${data.person.givenName} ${data.person.familyName}`).toBe(me.name);
    expect(data.account?.email).toBe('medarbetare@sjovik.se');
    expect(text).not.toMatch(/scrypt|passwordHash|password_hash|sessionVersion/);
    expect(data.employments.length).toBeGreaterThan(0);
    expect(data.assignments.length).toBeGreaterThan(0);
    expect(data.assignments.some((a) => a.activities.length > 0)).toBe(true);
    const ownNotes = all<{ body: string }>('SELECT n.body FROM confidential_notes n JOIN follow_up_events e ON e.id = n.event_id WHERE e.employee_person_id = ?', me.personId);
    expect(
      data.talks
        .flatMap((t) => t.notes)
        .map((x) => x.body)
        .sort(),
    ).toEqual(ownNotes.map((x) => x.body).sort());
    expect(data.noteReads.filter((r) => r.reader === manager().name)).toHaveLength(employeeTalks.length);
    expect(data.noteReads.filter((r) => r.byYou)).toHaveLength(1);
    expect(data.auditTrail.some((a) => a.action === 'talk.read')).toBe(true);
  });

  it('holds nothing of a colleague’s talks, and is recorded as an export', () => {
    const colleague = viewerOf('kollega@sjovik.se');
    const before = n(`SELECT count(*) AS n FROM audit_log WHERE action = 'personal_data.export' AND actor_person_id = ?`, colleague.personId);
    const text = JSON.stringify(exportMyData(db, colleague, 'text', NOW));
    expect(n(`SELECT count(*) AS n FROM audit_log WHERE action = 'personal_data.export' AND actor_person_id = ?`, colleague.personId)).toBe(before + 1);
    expect(text).not.toContain(employee().name);
    const foreign = all<{ id: number }>('SELECT n.id FROM confidential_notes n JOIN follow_up_events e ON e.id = n.event_id WHERE e.employee_person_id = ?', employee().personId);
    expect(foreign.length).toBeGreaterThan(0);
    expect(JSON.parse(text).talks.every((t: { id: number }) => !employeeTalks.some((e) => e.id === t.id))).toBe(true);
  });

  it('a manager’s own data lists the talks they held, without the employees’ notes', () => {
    const data = exportMyData(db, manager(), 'json', NOW);
    expect(data.talksAsManager.length).toBeGreaterThan(0);
    expect(Object.keys(data.talksAsManager[0]!).sort()).toEqual(['heldOn', 'id', 'kind', 'status']);
    expect(myDataSummary(db, employee()).noteReads).toBe(employeeTalks.length + 1);
  });
});

describe('disposal of old talk notes (gallring)', () => {
  const notesBefore = (cutoff: number, municipalityId = 1) => n('SELECT count(*) AS n FROM confidential_notes c JOIN follow_up_events e ON e.id = c.event_id JOIN org_units u ON u.id = e.unit_id WHERE u.municipality_id = ? AND c.created_at < ?', municipalityId, cutoff);
  const norrvik = () => ({
    notes: all('SELECT c.* FROM confidential_notes c JOIN follow_up_events e ON e.id = c.event_id JOIN org_units u ON u.id = e.unit_id WHERE u.municipality_id = 2 ORDER BY c.id'),
    entries: all('SELECT f.* FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id JOIN org_units u ON u.id = e.unit_id WHERE u.municipality_id = 2 ORDER BY f.id'),
    rule: myRetentionYears(db, viewerOf('admin@norrvik.se')),
  });
  const counts = () => ({
    talks: n(`SELECT count(*) AS n FROM follow_up_events WHERE kind <> 'workplace_meeting'`),
    statuses: all('SELECT kind, status, count(*) AS n FROM follow_up_events GROUP BY kind, status ORDER BY kind, status'),
    entries: all('SELECT status, count(*) AS n, count(self_status) AS self FROM follow_up_entries GROUP BY status ORDER BY status'),
    // Talks held on or after the cut-off day keep their comments; workplace meetings keep theirs.
    youngerComments: n(`SELECT count(*) AS n FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id WHERE (e.held_on >= '2025-11-21' OR e.kind = 'workplace_meeting') AND f.comment IS NOT NULL`),
    reads: n(`SELECT count(*) AS n FROM audit_log WHERE action = 'talk.read'`),
    younger: n('SELECT count(*) AS n FROM confidential_notes WHERE created_at >= ?', CUTOFF),
  });

  it('is the administrator’s alone', async () => {
    expect(() => runDisposal(db, manager(), { mode: 'dryRun' }, NOW)).toThrow(NotFoundError);
    expect(() => saveRetentionRule(db, employee(), { talkNoteYears: 1 })).toThrow(NotFoundError);
    await expect(retentionOverview(db, viewerOf('kommundirektor@sjovik.se'), NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('removes the texts older than the rule, keeps younger ones, the talks, their statuses and the read log; twice removes nothing more', async () => {
    expect(await retentionOverview(db, admin(), NOW)).toMatchObject({ years: 3, preview: { notes: 0 } });
    const untouched = norrvik();
    saveRetentionRule(db, admin(), { talkNoteYears: 1 });
    expect(myRetentionYears(db, employee())).toBe(1);
    const older = notesBefore(CUTOFF);
    expect(older).toBeGreaterThan(0);
    const before = counts();
    expect(before.younger).toBeGreaterThan(0);

    const dry = runDisposal(db, admin(), { mode: 'dryRun' }, NOW);
    expect(dry).toMatchObject({ years: 1, cutoffDate: '2025-11-21', notes: older, dryRun: true });
    expect(dry.entryTexts).toBeGreaterThan(0);
    expect(notesBefore(CUTOFF)).toBe(older);

    // A run must name the cut-off its dry run showed.
    expect(() => runDisposal(db, admin(), { mode: 'run', cutoffDate: '2023-11-21' }, NOW)).toThrow(RuleError);
    const run = runDisposal(db, admin(), { mode: 'run', cutoffDate: dry.cutoffDate }, NOW);
    expect(run).toMatchObject({ notes: older, dryRun: false });
    expect(notesBefore(CUTOFF)).toBe(0);
    // The rule and the run are the administrator's own municipality's: the other one keeps every text of its own.
    expect(notesBefore(CUTOFF, 2)).toBeGreaterThan(0);
    expect(norrvik()).toEqual(untouched);
    expect(counts()).toEqual(before);

    const logged = one<{ actor: number; detail: string }>(`SELECT actor_person_id AS actor, detail FROM audit_log WHERE action = 'talk_note.disposed' ORDER BY id DESC LIMIT 1`);
    expect(logged.actor).toBe(admin().personId);
    expect(JSON.parse(logged.detail)).toEqual({ municipalityId: 1, years: 1, cutoffDate: '2025-11-21', notes: older, entryTexts: dry.entryTexts, talks: dry.talks });
    expect(
      n(
        `SELECT count(*) AS n FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id JOIN org_units u ON u.id = e.unit_id WHERE u.municipality_id = 1 AND e.held_on < '2025-11-21' AND e.kind <> 'workplace_meeting' AND (f.comment IS NOT NULL OR f.next_step IS NOT NULL OR f.self_comment IS NOT NULL)`,
      ),
    ).toBe(0);

    expect(runDisposal(db, admin(), { mode: 'run', cutoffDate: dry.cutoffDate }, NOW)).toMatchObject({ notes: 0, entryTexts: 0, talks: 0 });
    expect(counts()).toEqual(before);
    expect((await retentionOverview(db, admin(), NOW)).lastRun).toMatchObject({ notes: 0, entryTexts: 0, cutoffDate: '2025-11-21' });
  });

  it('leaves the employee’s export with the younger notes and every read', () => {
    const data = exportMyData(db, employee(), 'json', NOW);
    expect(data.talks.flatMap((t) => t.notes).every((x) => Date.parse(x.createdAt!) >= CUTOFF * 1000)).toBe(true);
    expect(data.noteReads).toHaveLength(employeeTalks.length + 1);
  });
});
