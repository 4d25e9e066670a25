import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { applyMigrations } from '../migrate';
import { generateMunicipality, type SeedCounts } from './generate';
import { PRESETS } from './presets';

function seeded(preset: 'small' | 'medium', seed = 1) {
  const db = openDatabase(':memory:');
  applyMigrations(db);
  return generateMunicipality(db, { preset, seed }).then((counts) => ({ db, counts }));
}

const scalar = (db: Db, sql: string) => Object.values(db.$client.prepare(sql).get() as Record<string, number>)[0];

describe.each(['small', 'medium'] as const)('the %s demo municipality', (preset) => {
  let db: Db;
  let counts: SeedCounts;

  beforeAll(async () => {
    ({ db, counts } = await seeded(preset));
  });
  afterAll(() => db.$client.close());

  it('has the size of its real counterpart', () => {
    const target = PRESETS[preset];
    expect(counts.employees).toBeGreaterThanOrEqual(target.employees * 0.95);
    expect(counts.employees).toBeLessThanOrEqual(target.employees * 1.05);
    expect(counts.units).toBeGreaterThanOrEqual(target.units * 0.95);
    expect(counts.councilGoals).toBeGreaterThanOrEqual(4);
    expect(counts.councilGoals).toBeLessThanOrEqual(6);
    expect(counts.boardGoals).toBeGreaterThan(counts.councilGoals);
    expect(counts.assignments).toBe(counts.employees);
    expect(counts.politicians).toBeGreaterThanOrEqual(target.councilMembers);
    expect(scalar(db, 'SELECT count(*) FROM follow_up_entries')).toBe(counts.followUps);
  });

  it('gives every employee a manager, except the kommundirektör whose is the chair of KS', () => {
    expect(scalar(db, 'SELECT count(*) FROM employments WHERE manager_person_id IS NULL')).toBe(0);
    expect(scalar(db, `SELECT count(*) FROM employments e JOIN role_assignments r ON r.person_id = e.manager_person_id AND r.role = 'board_member' AND r.label = 'ordförande'`)).toBe(1);
    // Nobody manages themselves.
    expect(scalar(db, 'SELECT count(*) FROM employments WHERE manager_person_id = person_id')).toBe(0);
  });

  it('gives every employee a complete line of sight, from assignment to a council goal', () => {
    const year = scalar(db, `SELECT id FROM plan_years WHERE status = 'open'`);
    // Assignment → activity → goal of the own administration → board goal → council goal.
    const broken = scalar(
      db,
      `SELECT count(*) FROM employments e
       WHERE NOT EXISTS (
         SELECT 1 FROM assignments a
         JOIN assignment_activities aa ON aa.assignment_id = a.id
         JOIN activity_goals ag ON ag.activity_id = aa.activity_id
         JOIN goals g1 ON g1.id = ag.goal_id AND g1.level = 'administration'
         JOIN goal_links l1 ON l1.goal_id = g1.id
         JOIN goals g2 ON g2.id = l1.contributes_to_goal_id AND g2.level = 'board'
         JOIN goal_links l2 ON l2.goal_id = g2.id
         JOIN goals g3 ON g3.id = l2.contributes_to_goal_id AND g3.level = 'council'
         WHERE a.person_id = e.person_id AND a.plan_year_id = ${year})`,
    );
    expect(broken).toBe(0);
  });

  it('links activities only to goals of the unit’s own administration chain', () => {
    const foreign = scalar(
      db,
      `SELECT count(*) FROM activity_goals ag
       JOIN activities act ON act.id = ag.activity_id
       JOIN action_plans p ON p.id = act.plan_id
       JOIN goals g ON g.id = ag.goal_id
       WHERE NOT EXISTS (
         WITH RECURSIVE up(id) AS (SELECT p.unit_id UNION SELECT o.parent_id FROM org_units o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL)
         SELECT 1 FROM up WHERE up.id = g.owner_unit_id)`,
    );
    expect(foreign).toBe(0);
  });

  it('connects each board to its administration', () => {
    expect(scalar(db, `SELECT count(*) FROM org_units WHERE kind IN ('board', 'executive_board') AND served_by_unit_id IS NULL`)).toBe(0);
    expect(scalar(db, `SELECT count(*) FROM org_units b JOIN org_units a ON a.id = b.served_by_unit_id WHERE b.kind = 'board' AND a.kind <> 'administration'`)).toBe(0);
  });

  it('has a demo account for every role, with the named role', () => {
    const roles = db.$client
      .prepare(`SELECT DISTINCT r.role FROM accounts a JOIN role_assignments r ON r.person_id = a.person_id ORDER BY r.role`)
      .all()
      .map((r) => (r as { role: string }).role);
    expect(roles).toEqual(expect.arrayContaining(['administration_director', 'administrator', 'board_member', 'board_secretary', 'council_member', 'employee', 'municipal_director', 'unit_manager']));
  });

  it('keeps the audit log append-only', () => {
    db.$client.prepare(`INSERT INTO audit_log (at, action) VALUES (unixepoch(), 'test')`).run();
    expect(() => db.$client.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.$client.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
  });

  it('passes SQLite’s own integrity and foreign-key checks', () => {
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('seeding', () => {
  it('gives the same municipality for the same seed and another for another seed', async () => {
    const dump = (db: Db) => db.$client.prepare(`SELECT group_concat(given_name || family_name, ',') AS n FROM (SELECT * FROM people ORDER BY id LIMIT 200)`).get();
    const a = await seeded('small', 7);
    const b = await seeded('small', 7);
    const c = await seeded('small', 8);
    expect(a.counts.followUps).toBe(b.counts.followUps);
    expect(dump(a.db)).toEqual(dump(b.db));
    expect(dump(a.db)).not.toEqual(dump(c.db));
    for (const s of [a, b, c]) s.db.$client.close();
  });
});

describe('the large demo municipality', () => {
  // Half a million follow-ups take one to two minutes on two cores, more when the machine is busy.
  it('is at least the size of Sweden’s largest municipality', async () => {
    const db = openDatabase(':memory:');
    applyMigrations(db);
    const counts = await generateMunicipality(db, { preset: 'large', seed: 1 });
    db.$client.close();
    expect(counts.employees).toBeGreaterThanOrEqual(50_000);
    expect(counts.units).toBeGreaterThanOrEqual(3_000);
    expect(counts.activities).toBeGreaterThanOrEqual(20_000);
    expect(counts.followUps).toBeGreaterThanOrEqual(500_000);
    expect(counts.assignments).toBe(counts.employees);
  }, 300_000);
});
