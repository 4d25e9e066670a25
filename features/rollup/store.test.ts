import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import { applyMeetingToRollups, rebuildRollups } from './store';

const snapshot = (db: Db) => db.$client.prepare('SELECT goal_id, period_id, activities, not_started, on_track, at_risk, off_track, done, proposed FROM goal_rollups ORDER BY goal_id, period_id').all();

describe('the maintained roll-up', () => {
  let db: Db;
  let planYearId: number;

  beforeAll(async () => {
    db = openDatabase(':memory:');
    applyMigrations(db);
    await generateMunicipality(db, { preset: 'small', seed: 3 });
    planYearId = (db.$client.prepare(`SELECT id FROM plan_years WHERE status = 'open'`).get() as { id: number }).id;
  });

  it('counts every counted activity once per goal and period, up to the council goals', () => {
    const result = rebuildRollups(db, planYearId);
    expect(result.goals).toBe(29);
    expect(result.entries).toBeGreaterThan(1000);
    // Every council goal is reached by some activity; no count is negative.
    const council = db.$client.prepare(`SELECT min(r.activities) AS least FROM goal_rollups r JOIN goals g ON g.id = r.goal_id WHERE g.level = 'council'`).get() as { least: number };
    expect(council.least).toBeGreaterThan(0);
    expect(db.$client.prepare(`SELECT count(*) AS n FROM goal_rollups WHERE not_started < 0 OR on_track < 0 OR at_risk < 0 OR off_track < 0 OR done < 0`).get()).toEqual({ n: 0 });
    // A board goal counts at least the activities of the administration goal below it.
    const nested = db.$client.prepare(`SELECT count(*) AS n FROM goal_rollups child JOIN goal_links l ON l.goal_id = child.goal_id JOIN goal_rollups parent ON parent.goal_id = l.contributes_to_goal_id AND parent.period_id = child.period_id WHERE parent.activities < child.activities`).get();
    expect(nested).toEqual({ n: 0 });
  });

  it('gives the same figures after one saved meeting as a full rebuild does', () => {
    rebuildRollups(db, planYearId);
    // A meeting in a unit with an approved plan, changing every activity's status.
    const unit = db.$client.prepare(`SELECT p.unit_id AS unitId, p.id AS planId FROM action_plans p WHERE p.plan_year_id = ? AND p.status = 'approved' LIMIT 1`).get(planYearId) as { unitId: number; planId: number };
    const acts = db.$client.prepare(`SELECT id, status FROM activities WHERE plan_id = ?`).all(unit.planId) as { id: number; status: string }[];
    const manager = (db.$client.prepare(`SELECT person_id AS id FROM employments WHERE unit_id = ? LIMIT 1`).get(unit.unitId) as { id: number }).id;
    const eventId = Number(db.$client.prepare(`INSERT INTO follow_up_events (kind, unit_id, manager_person_id, held_on, status) VALUES ('workplace_meeting', ?, ?, '2026-09-20', 'confirmed')`).run(unit.unitId, manager).lastInsertRowid);
    for (const a of acts) db.$client.prepare(`INSERT INTO follow_up_entries (event_id, activity_id, status) VALUES (?, ?, ?)`).run(eventId, a.id, a.status === 'off_track' ? 'done' : 'off_track');

    const changes = db.transaction((tx) => applyMeetingToRollups(tx, eventId, 1));
    expect(changes).toBeGreaterThan(0);
    const incremental = snapshot(db);
    rebuildRollups(db, planYearId);
    expect(incremental).toEqual(snapshot(db));
  });

  it('agrees with a rebuild over many meetings held on the same day', () => {
    rebuildRollups(db, planYearId);
    // The later recorded of two same-day meetings decides, in the delta as in the rebuild.
    const unit = db.$client.prepare(`SELECT p.unit_id AS unitId, p.id AS planId FROM action_plans p WHERE p.plan_year_id = ? AND p.status = 'approved' ORDER BY p.id DESC LIMIT 1`).get(planYearId) as { unitId: number; planId: number } | undefined;
    expect(unit).toBeDefined();
    const acts = db.$client.prepare(`SELECT id FROM activities WHERE plan_id = ?`).all(unit!.planId) as { id: number }[];
    const manager = (db.$client.prepare(`SELECT person_id AS id FROM employments WHERE unit_id = ? LIMIT 1`).get(unit!.unitId) as { id: number }).id;
    const statuses = ['on_track', 'done', 'at_risk', 'off_track', 'not_started'];
    for (let i = 0; i < 6; i++) {
      const eventId = Number(db.$client.prepare(`INSERT INTO follow_up_events (kind, unit_id, manager_person_id, held_on, status) VALUES ('workplace_meeting', ?, ?, '2026-03-10', 'confirmed')`).run(unit!.unitId, manager).lastInsertRowid);
      acts.forEach((a, n) => db.$client.prepare(`INSERT INTO follow_up_entries (event_id, activity_id, status) VALUES (?, ?, ?)`).run(eventId, a.id, statuses[(i + n) % statuses.length]));
      db.transaction((tx) => applyMeetingToRollups(tx, eventId, 1));
    }
    const incremental = snapshot(db);
    rebuildRollups(db, planYearId);
    expect(incremental).toEqual(snapshot(db));
  });
});
