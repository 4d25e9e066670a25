import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({
  getDb: () => {
    throw new Error('tests pass their own database');
  },
}));

const { demoDatabase, viewerOf } = await import('@/test-support/demo-database');
const { talkAggregatesForActivities } = await import('./aggregates');
const { rebuildRollups } = await import('@/features/rollup/store');
const { MIN_GROUP_SIZE } = await import('@/features/talks/small-groups');
type Db = import('@/db/connection').Db;
type Viewer = import('@/lib/permissions').Viewer;

const STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] as const;
const YEAR = 2026;

let db: Db;
let activityIds: number[];
let unitIds: number[];
let personIds: number[];
let managerId: number;
let reader: Viewer;

beforeAll(async () => {
  db = await demoDatabase();
  const sql = db.$client;
  // Four activities of one current plan, two units to move between, fifteen people.
  const plan = sql.prepare(`SELECT p.id, p.unit_id AS unitId FROM action_plans p WHERE p.is_current = 1 AND (SELECT count(*) FROM activities a WHERE a.plan_id = p.id) >= 4 LIMIT 1`).get() as { id: number; unitId: number };
  activityIds = (sql.prepare('SELECT id FROM activities WHERE plan_id = ? ORDER BY id LIMIT 4').all(plan.id) as { id: number }[]).map((r) => r.id);
  unitIds = [plan.unitId, (sql.prepare("SELECT id FROM org_units WHERE kind = 'unit' AND id <> ? LIMIT 1").get(plan.unitId) as { id: number }).id];
  personIds = (sql.prepare('SELECT id FROM people WHERE municipality_id = 1 ORDER BY id LIMIT 15').all() as { id: number }[]).map((r) => r.id);
  managerId = (sql.prepare("SELECT person_id AS id FROM role_assignments WHERE role = 'unit_manager' LIMIT 1").get() as { id: number }).id;
  // The plan page is readable by anyone signed in in the municipality: a board member will do.
  reader = viewerOf(db, 'namndledamot@sjovik.se');
});

interface Talk {
  person: number;
  unit: number;
  kind: 'appraisal_talk' | 'salary_talk';
  status: 'booked' | 'held' | 'confirmed';
  day: number;
  lastYear: boolean;
  entries: { activity: number; status: (typeof STATUSES)[number] }[];
  /** Corrected by a later talk (a confirmed one unless `correctionConfirmed` is false). */
  correction: { status: (typeof STATUSES)[number]; confirmed: boolean } | null;
}

const talkArb = fc.record({
  person: fc.nat({ max: 14 }),
  unit: fc.nat({ max: 1 }),
  kind: fc.constantFrom('appraisal_talk' as const, 'appraisal_talk' as const, 'appraisal_talk' as const, 'salary_talk' as const),
  status: fc.constantFrom('booked' as const, 'held' as const, 'confirmed' as const, 'confirmed' as const, 'confirmed' as const),
  day: fc.integer({ min: 1, max: 330 }),
  lastYear: fc.boolean().map((b) => b && Math.random() < 0.3),
  entries: fc.uniqueArray(fc.record({ activity: fc.nat({ max: 3 }), status: fc.constantFrom(...STATUSES) }), { selector: (e) => e.activity, minLength: 1, maxLength: 4 }),
  correction: fc.option(fc.record({ status: fc.constantFrom(...STATUSES), confirmed: fc.boolean() }), { freq: 4 }),
});

const isoDay = (year: number, day: number) => new Date(Date.UTC(year, 0, day)).toISOString().slice(0, 10);

/** Writes the history, asks the data layer, and undoes the history again. */
function aggregatesFor(talks: Talk[], viewer: Viewer = reader) {
  const sql = db.$client;
  sql.exec('SAVEPOINT history');
  try {
    sql.prepare(`DELETE FROM follow_up_entries WHERE activity_id IN (${activityIds.join(',')})`).run();
    const event = sql.prepare('INSERT INTO follow_up_events (kind, unit_id, employee_person_id, manager_person_id, held_on, status, corrects_event_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const entry = sql.prepare('INSERT INTO follow_up_entries (event_id, activity_id, status) VALUES (?, ?, ?)');
    for (const t of talks) {
      const heldOn = isoDay(t.lastYear ? YEAR - 1 : YEAR, t.day);
      const id = Number(event.run(t.kind, unitIds[t.unit], personIds[t.person], managerId, heldOn, t.status, null).lastInsertRowid);
      for (const e of t.entries) entry.run(id, activityIds[e.activity], e.status);
      if (t.correction && t.status === 'confirmed') {
        const fix = Number(event.run(t.kind, unitIds[t.unit], personIds[t.person], managerId, heldOn, t.correction.confirmed ? 'confirmed' : 'held', id).lastInsertRowid);
        for (const e of t.entries) entry.run(fix, activityIds[e.activity], t.correction.status);
      }
    }
    return talkAggregatesForActivities(db, viewer, { activityIds, year: YEAR });
  } finally {
    sql.exec('ROLLBACK TO history; RELEASE history');
  }
}

/** The model: per activity and person, the status of their latest confirmed appraisal talk of the year. */
function expected(talks: Talk[]) {
  const latest = new Map<number, Map<number, { order: [number, number]; status: string }>>();
  talks.forEach((t, i) => {
    if (t.kind !== 'appraisal_talk' || t.status !== 'confirmed' || t.lastYear) return;
    const corrected = t.correction?.confirmed === true;
    for (const e of t.entries) {
      const status = corrected ? t.correction!.status : e.status;
      // The correction is a later event on the same day, so it comes after the talk it corrects.
      const order: [number, number] = [t.day, i * 2 + (corrected ? 1 : 0)];
      const people = latest.get(e.activity) ?? new Map();
      latest.set(e.activity, people);
      const seen = people.get(t.person);
      if (!seen || order[0] > seen.order[0] || (order[0] === seen.order[0] && order[1] > seen.order[1])) people.set(t.person, { order, status });
    }
  });
  return activityIds.map((_, a) => {
    const statuses = [...(latest.get(a)?.values() ?? [])].map((v) => v.status);
    const counts: Record<string, number> = {};
    for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
    return { people: statuses.length, counts };
  });
}

describe('what the talks say about activities, as it leaves the unit', () => {
  it('never shows or lets anyone derive a breakdown of fewer than six people, for any talk history', () => {
    fc.assert(
      fc.property(fc.array(talkArb, { maxLength: 40 }), (talks) => {
        const figures = aggregatesFor(talks);
        const truth = expected(talks);
        const shown = activityIds.map((id) => figures.get(id) ?? null);
        shown.forEach((figure, a) => {
          const real = truth[a]!;
          if (figure === null) return;
          // A shown figure is the truth: one row per person, at least six people behind it.
          expect(figure.people).toBe(real.people);
          expect(figure.people).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          expect(figure.counts).toEqual(real.counts);
          expect(Object.values(figure.counts).reduce((s, n) => s + n, 0)).toBe(figure.people);
        });
        truth.forEach((real, a) => {
          if (real.people < MIN_GROUP_SIZE) expect(shown[a]).toBeNull();
        });
        // No figure hidden alone among shown ones: a known total (the unit's talks) minus the shown
        // figures would give it away.
        const hidden = shown.filter((f) => f === null).length;
        expect(hidden === 1 && shown.length > 1).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('counts a person with several talks once, by their latest', () => {
    const six = Array.from({ length: 6 }, (_, person) => person);
    const talks: Talk[] = six.flatMap((person) => [
      { person, unit: 0, kind: 'appraisal_talk', status: 'confirmed', day: 40, lastYear: false, entries: activityIds.map((_, activity) => ({ activity, status: 'at_risk' })), correction: null },
      { person, unit: 1, kind: 'appraisal_talk', status: 'confirmed', day: 200, lastYear: false, entries: activityIds.map((_, activity) => ({ activity, status: 'on_track' })), correction: null },
    ]);
    expect(aggregatesFor(talks).get(activityIds[0]!)).toEqual({ people: 6, counts: { on_track: 6 } });
  });

  it('makes nobody look exactly like too few', () => {
    const one: Talk = { person: 0, unit: 0, kind: 'appraisal_talk', status: 'confirmed', day: 40, lastYear: false, entries: [{ activity: 0, status: 'done' }], correction: null };
    expect(aggregatesFor([]).get(activityIds[0]!)).toBeNull();
    expect(aggregatesFor([one]).get(activityIds[0]!)).toBeNull();
    expect(aggregatesFor([]).get(activityIds[0]!)).toEqual(aggregatesFor([one]).get(activityIds[0]!));
  });

  it('counts the talks of the viewer’s own municipality only', () => {
    const six: Talk[] = Array.from({ length: 6 }, (_, person) => ({ person, unit: 0, kind: 'appraisal_talk', status: 'confirmed', day: 40, lastYear: false, entries: [{ activity: 0, status: 'done' }], correction: null }));
    expect(aggregatesFor(six).get(activityIds[0]!)).toEqual({ people: 6, counts: { done: 6 } });
    expect(aggregatesFor(six, { ...reader, municipalityId: reader.municipalityId + 1 }).get(activityIds[0]!)).toBeNull();
  });

  it('no talk reaches the roll-up that dashboards, reports, exports and open data read', () => {
    // Everything outside the plan page is built from goal_rollups: they must move with workplace meetings only.
    const sql = db.$client;
    const planYearId = (sql.prepare('SELECT id FROM plan_years WHERE year = ?').get(YEAR) as { id: number }).id;
    const snapshot = () =>
      sql
        .prepare('SELECT * FROM goal_rollups ORDER BY goal_id, period_id')
        .all()
        .map((r) => ({ ...(r as object), computed_at: 0 }));
    sql.exec('SAVEPOINT talks');
    try {
      rebuildRollups(db, planYearId);
      const before = snapshot();
      const event = sql.prepare("INSERT INTO follow_up_events (kind, unit_id, employee_person_id, manager_person_id, held_on, status) VALUES (?, ?, ?, ?, '2026-03-02', 'confirmed')");
      for (const kind of ['appraisal_talk', 'salary_talk']) {
        for (const person of personIds) {
          const id = Number(event.run(kind, unitIds[0], person, managerId).lastInsertRowid);
          for (const activity of activityIds) sql.prepare("INSERT INTO follow_up_entries (event_id, activity_id, status) VALUES (?, ?, 'off_track')").run(id, activity);
        }
      }
      rebuildRollups(db, planYearId);
      expect(snapshot()).toEqual(before);
    } finally {
      sql.exec('ROLLBACK TO talks; RELEASE talks');
    }
  });
});
