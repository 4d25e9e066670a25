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
const { recordMeeting } = await import('./mutations');
const { meetingSchema } = await import('./validation');
const { entryField } = await import('@/features/follow-ups/entries');
const { rebuildRollups } = await import('@/features/rollup/store');
type Db = import('@/db/connection').Db;
type Refusal = import('@/test-support/refused-write').Refusal;

/** Workplace meetings of the demo manager's unit, with Norrvik beside Sjövik. */
let db: Db;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const sjovik = (local: string) => viewerOf(db, `${local}@sjovik.se`);
const norrvik = (local: string) => viewerOf(db, `${local}@norrvik.se`);
const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;
const counts = () => ({ events: count('follow_up_events'), entries: count('follow_up_entries'), attendees: count('meeting_attendees'), audit: count('audit_log') });

const rollups = () =>
  all<{ goalId: number; periodId: number; periodEnd: string; counts: string }>(
    `SELECT r.goal_id AS goalId, r.period_id AS periodId, p.period_end AS periodEnd,
            r.activities || ' ' || r.not_started || ' ' || r.on_track || ' ' || r.at_risk || ' ' || r.off_track || ' ' || r.done || ' ' || coalesce(r.proposed, '-') AS counts
     FROM goal_rollups r JOIN follow_up_periods p ON p.id = r.period_id ORDER BY r.goal_id, r.period_id`,
  );
/** The roll-up rows a write moved: the ends of their periods. */
const movedPeriods = (before: ReturnType<typeof rollups>, after: ReturnType<typeof rollups>) => {
  const was = new Map(before.map((r) => [`${r.goalId}:${r.periodId}`, r.counts]));
  return [...new Set(after.filter((r) => was.get(`${r.goalId}:${r.periodId}`) !== r.counts).map((r) => r.periodEnd))].sort();
};

let unitId = 0;
let planYearId = 0;
let activityIds: number[] = [];
let memberIds: number[] = [];

/** The status an activity had at its latest meeting before a day (not started without one). */
const statusBefore = (activityId: number, day: string) =>
  one<{ status: string } | undefined>(`SELECT fe.status FROM follow_up_entries fe JOIN follow_up_events ev ON ev.id = fe.event_id WHERE fe.activity_id = ? AND ev.kind = 'workplace_meeting' AND ev.held_on < ? ORDER BY ev.held_on DESC, ev.id DESC LIMIT 1`, activityId, day)?.status ?? 'not_started';
const otherThan = (status: string) => (status === 'off_track' ? 'at_risk' : 'off_track');

function meeting(heldOn: string, statuses: Map<number, string>, overrides: Record<string, unknown> = {}) {
  const input: Record<string, unknown> = { unitId: String(unitId), heldOn, attendeeIds: memberIds.slice(0, 3).map(String), minutes: 'Vi gick igenom handlingsplanen.' };
  for (const [id, status] of statuses) input[entryField('status', id)] = status;
  input[entryField('comment', activityIds[0]!)] = 'Bra fart';
  input[entryField('nextStep', activityIds[0]!)] = 'Beslut: fortsätt som planerat';
  return meetingSchema.parse({ ...input, ...overrides });
}

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
  unitId = one<{ id: number }>(`SELECT r.org_unit_id AS id FROM role_assignments r JOIN accounts a ON a.person_id = r.person_id WHERE a.email = 'enhetschef@sjovik.se' AND r.role = 'unit_manager'`).id;
  planYearId = one<{ id: number }>(`SELECT id FROM plan_years WHERE municipality_id = 1 AND status = 'open'`).id;
  const plan = one<{ id: number }>(`SELECT id FROM action_plans WHERE unit_id = ? AND plan_year_id = ? AND status = 'approved' ORDER BY version DESC LIMIT 1`, unitId, planYearId).id;
  activityIds = all<{ id: number }>('SELECT id FROM activities WHERE plan_id = ? ORDER BY sort_order, id', plan).map((a) => a.id);
  memberIds = all<{ id: number }>('SELECT person_id AS id FROM employments WHERE unit_id = ? AND end_date IS NULL ORDER BY person_id', unitId).map((m) => m.id);
});
afterAll(() => db.$client.close());

describe('recording a workplace meeting', () => {
  it('keeps who attended and each activity’s status, moves the activities and the roll-up, with an audit row', () => {
    expect(activityIds.length).toBeGreaterThan(1);
    const heldOn = '2026-11-25';
    const statuses = new Map(activityIds.map((id) => [id, otherThan(statusBefore(id, heldOn))]));
    const before = { counts: counts(), rollups: rollups() };
    const manager = sjovik('enhetschef');

    const eventId = recordMeeting(db, manager, meeting(heldOn, statuses));

    const november = one<{ id: number }>(`SELECT id FROM follow_up_periods WHERE plan_year_id = ? AND kind = 'monthly' AND period_end = '2026-11-30'`, planYearId).id;
    expect(one('SELECT kind, unit_id AS unitId, period_id AS periodId, manager_person_id AS managerId, held_on AS heldOn, status, minutes FROM follow_up_events WHERE id = ?', eventId)).toEqual({
      kind: 'workplace_meeting',
      unitId,
      periodId: november,
      managerId: manager.personId,
      heldOn,
      status: 'confirmed',
      minutes: 'Vi gick igenom handlingsplanen.',
    });
    expect(all<{ id: number }>('SELECT person_id AS id FROM meeting_attendees WHERE event_id = ? ORDER BY person_id', eventId).map((a) => a.id)).toEqual(memberIds.slice(0, 3));
    expect(all('SELECT activity_id AS activityId, status, comment, next_step AS nextStep FROM follow_up_entries WHERE event_id = ? ORDER BY activity_id', eventId)).toEqual(
      [...activityIds].sort((a, b) => a - b).map((id) => ({ activityId: id, status: statuses.get(id), comment: id === activityIds[0] ? 'Bra fart' : null, nextStep: id === activityIds[0] ? 'Beslut: fortsätt som planerat' : null })),
    );
    // The latest meeting gives each activity its current status.
    expect(all<{ id: number; status: string }>(`SELECT id, status FROM activities WHERE id IN (${activityIds.join(',')})`).every((a) => a.status === statuses.get(a.id))).toBe(true);
    expect(counts()).toEqual({ ...before.counts, events: before.counts.events + 1, entries: before.counts.entries + activityIds.length, attendees: before.counts.attendees + 3, audit: before.counts.audit + 1 });
    const audit = one<{ actor: number; action: string; objectId: number; detail: string }>('SELECT actor_person_id AS actor, action, object_id AS objectId, detail FROM audit_log ORDER BY id DESC LIMIT 1');
    expect(audit).toMatchObject({ actor: manager.personId, action: 'meeting.recorded', objectId: eventId });
    expect(JSON.parse(audit.detail)).toMatchObject({ unitId, heldOn });

    // The roll-up moved in the same transaction, in the periods from the meeting on, exactly as a rebuild has it.
    const incremental = rollups();
    const moved = movedPeriods(before.rollups, incremental);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((end) => end >= heldOn)).toBe(true);
    rebuildRollups(db, planYearId);
    expect(incremental).toEqual(rollups());
  });

  it('recorded late, leaves the current statuses and the later periods to the later meeting', () => {
    const heldOn = '2026-10-20';
    const later = one<{ day: string }>(`SELECT min(held_on) AS day FROM follow_up_events WHERE unit_id = ? AND kind = 'workplace_meeting' AND held_on > ?`, unitId, heldOn).day;
    const current = all<{ id: number; status: string }>(`SELECT id, status FROM activities WHERE id IN (${activityIds.join(',')}) ORDER BY id`);
    const before = rollups();

    recordMeeting(db, sjovik('enhetschef'), meeting(heldOn, new Map(activityIds.map((id) => [id, otherThan(statusBefore(id, heldOn))]))));

    expect(all(`SELECT id, status FROM activities WHERE id IN (${activityIds.join(',')}) ORDER BY id`)).toEqual(current);
    const incremental = rollups();
    const moved = movedPeriods(before, incremental);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((end) => end >= heldOn && end < later)).toBe(true);
    rebuildRollups(db, planYearId);
    expect(incremental).toEqual(rollups());
  });
});

describe('a workplace meeting nobody may record', () => {
  const heldOn = '2026-11-26';
  const statuses = () => new Map(activityIds.map((id) => [id, 'on_track']));
  const watching = () => ({
    tables: ['follow_up_events', 'follow_up_entries', 'meeting_attendees', 'audit_log'],
    rows: [{ sql: 'SELECT * FROM goal_rollups ORDER BY goal_id, period_id' }, { sql: `SELECT id, status FROM activities WHERE id IN (${activityIds.join(',')}) ORDER BY id` }],
  });
  const refused = (write: () => unknown, refusal: Refusal) => expectRefused(db, watching(), write, refusal);
  const notYourUnit = { key: 'followUp.errors.notYourUnit', field: 'unitId' };

  it('is refused to anyone but the unit’s own manager', () => {
    for (const local of ['medarbetare', 'kollega', 'hr', 'enhetschef2', 'forvaltningschef', 'kommundirektor', 'admin']) refused(() => recordMeeting(db, sjovik(local), meeting(heldOn, statuses())), notYourUnit);
  });

  it('is refused across municipalities, both ways', () => {
    refused(() => recordMeeting(db, norrvik('enhetschef'), meeting(heldOn, statuses())), notYourUnit);
    const norrvikUnit = one<{ id: number }>(`SELECT r.org_unit_id AS id FROM role_assignments r JOIN accounts a ON a.person_id = r.person_id WHERE a.email = 'enhetschef@norrvik.se' AND r.role = 'unit_manager'`).id;
    refused(() => recordMeeting(db, sjovik('enhetschef'), meeting(heldOn, statuses(), { unitId: String(norrvikUnit) })), notYourUnit);
    refused(() => recordMeeting(db, sjovik('enhetschef'), meeting(heldOn, statuses(), { unitId: '99999999' })), notYourUnit);
  });

  it('is refused with an attendee from outside the unit, a missing or unknown status, or a day outside the plan year', () => {
    const manager = sjovik('enhetschef');
    const outsider = one<{ id: number }>('SELECT person_id AS id FROM employments WHERE unit_id <> ? AND end_date IS NULL LIMIT 1', unitId).id;
    const norrviker = norrvik('medarbetare').personId;
    for (const attendee of [outsider, norrviker]) {
      refused(() => recordMeeting(db, manager, meeting(heldOn, statuses(), { attendeeIds: [String(memberIds[0]), String(attendee)] })), { key: 'followUp.errors.attendeeOutsideUnit', field: 'attendeeIds' });
    }
    const [first, second] = activityIds;
    const missing = statuses();
    missing.delete(second!);
    refused(() => recordMeeting(db, manager, meeting(heldOn, missing)), { key: 'followUp.errors.chooseStatus', field: entryField('status', second!) });
    refused(() => recordMeeting(db, manager, meeting(heldOn, statuses(), { [entryField('status', first!)]: 'sleeping' })), { key: 'validation.invalidChoice', field: entryField('status', first!) });
    refused(() => recordMeeting(db, manager, meeting(heldOn, statuses(), { [entryField('comment', first!)]: 'x'.repeat(1001) })), { key: 'validation.tooLong', field: entryField('comment', first!) });
    for (const day of ['2025-11-26', '2027-01-12']) refused(() => recordMeeting(db, manager, meeting(day, statuses())), { key: 'validation.invalidDate', field: 'heldOn' });
  });
});
