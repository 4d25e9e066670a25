import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { applyMigrations } from '../migrate';
import { SECOND_MUNICIPALITY_CANARY as CANARY } from './content';
import { generateMunicipality, secondIdBase } from './generate';

async function seeded(secondMunicipality: boolean) {
  const db = openDatabase(':memory:');
  applyMigrations(db);
  await generateMunicipality(db, { preset: 'small', seed: 1, secondMunicipality });
  return db;
}

const scalar = (db: Db, sql: string, ...params: unknown[]) => Object.values(db.$client.prepare(sql).get(...params) as Record<string, number>)[0];

// The texts that must carry the canary in Norrvik and never in Sjövik, by table and column.
const CANARY_TEXTS = [
  ['confidential_notes', 'body'],
  ['follow_up_entries', 'comment'],
  ['follow_up_events', 'minutes'],
  ['assignments', 'description'],
  ['activities', 'title'],
  ['goals', 'title'],
  ['assessments', 'analysis'],
  ['reports', 'snapshot'],
] as const;

describe('the second municipality (Norrvik) beside Sjövik', () => {
  let alone: Db;
  let both: Db;
  const BASE = secondIdBase(0);

  beforeAll(async () => {
    [alone, both] = await Promise.all([seeded(false), seeded(true)]);
  });
  afterAll(() => {
    alone.$client.close();
    both.$client.close();
  });

  it('leaves Sjövik exactly as it is seeded alone', () => {
    // Every table's Sjövik rows, without the columns stamped with the time of seeding or salted.
    const sjovik: [string, string][] = [
      ['people', 'SELECT id, employee_number, given_name, family_name, email, title FROM people WHERE municipality_id = 1 ORDER BY id'],
      ['org_units', 'SELECT * FROM org_units WHERE municipality_id = 1 ORDER BY id'],
      ['accounts', 'SELECT id, person_id, email FROM accounts WHERE id < ? ORDER BY id'],
      ['goals', 'SELECT * FROM goals WHERE id < ? ORDER BY id'],
      ['activities', 'SELECT * FROM activities WHERE id < ? ORDER BY id'],
      ['assignments', 'SELECT * FROM assignments WHERE id < ? ORDER BY id'],
      ['follow_up_events', 'SELECT * FROM follow_up_events WHERE id < ? ORDER BY id'],
      ['follow_up_entries', 'SELECT * FROM follow_up_entries WHERE id < ? ORDER BY id'],
      ['confidential_notes', 'SELECT * FROM confidential_notes WHERE id < ? ORDER BY id'],
      ['reports', 'SELECT * FROM reports WHERE id < ? ORDER BY id'],
    ];
    for (const [table, sql] of sjovik) {
      const params = sql.includes('?') ? [BASE] : [];
      expect(both.$client.prepare(sql).all(...params), table).toEqual(alone.$client.prepare(sql).all(...params));
    }
    for (const table of ['role_assignments', 'employments', 'plan_years', 'follow_up_periods', 'action_plans', 'assessments', 'meeting_attendees', 'goal_rollups']) {
      const key = table === 'meeting_attendees' ? 'event_id' : table === 'goal_rollups' ? 'goal_id' : 'id';
      expect(scalar(both, `SELECT count(*) FROM ${table} WHERE ${key} < ?`, BASE), table).toBe(scalar(alone, `SELECT count(*) FROM ${table}`));
    }
  });

  it('gives Norrvik ids of its own range, and none of its rows points into Sjövik', () => {
    expect(both.$client.prepare('SELECT id, name, scb_code AS code FROM municipalities ORDER BY id').all()).toEqual([
      { id: 1, name: 'Sjöviks kommun', code: '9999' },
      { id: 2, name: 'Norrviks kommun', code: '9998' },
    ]);
    expect(scalar(both, 'SELECT count(*) FROM people WHERE municipality_id = 2 AND id <= ?', BASE)).toBe(0);
    expect(scalar(both, 'SELECT count(*) FROM org_units WHERE municipality_id = 2 AND id <= ?', BASE)).toBe(0);
    expect(scalar(both, 'SELECT count(*) FROM people WHERE municipality_id = 2')).toBeGreaterThan(100);
    // Employments, roles and plans of Norrvik's people all stay in Norrvik's organisation.
    const crossing = [
      `SELECT count(*) FROM employments e JOIN people p ON p.id = e.person_id JOIN org_units u ON u.id = e.unit_id JOIN people m ON m.id = e.manager_person_id WHERE p.municipality_id <> u.municipality_id OR p.municipality_id <> m.municipality_id`,
      `SELECT count(*) FROM role_assignments r JOIN people p ON p.id = r.person_id JOIN org_units u ON u.id = r.org_unit_id WHERE p.municipality_id <> u.municipality_id`,
      `SELECT count(*) FROM action_plans a JOIN org_units u ON u.id = a.unit_id JOIN plan_years y ON y.id = a.plan_year_id WHERE u.municipality_id <> y.municipality_id`,
      `SELECT count(*) FROM goals g JOIN org_units u ON u.id = g.owner_unit_id JOIN plan_years y ON y.id = g.plan_year_id WHERE u.municipality_id <> y.municipality_id`,
      `SELECT count(*) FROM follow_up_events e JOIN org_units u ON u.id = e.unit_id JOIN people p ON p.id = e.manager_person_id WHERE u.municipality_id <> p.municipality_id`,
    ];
    for (const sql of crossing) expect(scalar(both, sql), sql).toBe(0);
  });

  it('has Norrvik demo accounts for the same roles, under its own domain', () => {
    const roles = (domain: string) =>
      both.$client
        .prepare(`SELECT a.email AS email, group_concat(DISTINCT r.role) AS roles FROM accounts a JOIN role_assignments r ON r.person_id = a.person_id WHERE a.email LIKE ? GROUP BY a.email ORDER BY a.email`)
        .all(`%@${domain}`)
        .map((r) => {
          const row = r as { email: string; roles: string };
          return `${row.email.split('@')[0]}: ${row.roles.split(',').sort().join(',')}`;
        });
    expect(roles('norrvik.se')).toHaveLength(12);
    expect(roles('norrvik.se')).toEqual(roles('sjovik.se'));
  });

  it('writes the canary into every kind of Norrvik text and into no Sjövik text', () => {
    for (const [table, column] of CANARY_TEXTS) {
      expect(scalar(both, `SELECT count(*) FROM ${table} WHERE id > ? AND ${column} LIKE ?`, BASE, `%${CANARY}%`), `${table}.${column} in Norrvik`).toBeGreaterThan(0);
      expect(scalar(both, `SELECT count(*) FROM ${table} WHERE id < ? AND ${column} LIKE ?`, BASE, `%${CANARY}%`), `${table}.${column} in Sjövik`).toBe(0);
    }
    // Talk notes and talk comments, not only meeting texts.
    expect(scalar(both, `SELECT count(*) FROM confidential_notes n JOIN follow_up_events e ON e.id = n.event_id WHERE e.kind = 'appraisal_talk' AND n.body LIKE ?`, `%${CANARY}%`)).toBeGreaterThan(0);
    expect(scalar(both, `SELECT count(*) FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id WHERE e.kind = 'appraisal_talk' AND f.comment LIKE ?`, `%${CANARY}%`)).toBeGreaterThan(0);
  });

  it('approves a compiled report for Norrvik, so its open data has something to show', () => {
    expect(scalar(both, `SELECT count(*) FROM reports r JOIN org_units u ON u.id = r.org_unit_id WHERE u.kind = 'council' AND u.municipality_id = 2 AND r.status = 'approved' AND r.id > ?`, BASE)).toBeGreaterThan(0);
  });

  it('passes SQLite’s own integrity and foreign-key checks', () => {
    expect(both.$client.pragma('foreign_key_check')).toEqual([]);
  });
});
