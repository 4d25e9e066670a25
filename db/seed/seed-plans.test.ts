import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { applyMigrations } from '../migrate';
import { generateMunicipality } from './generate';

const scalar = (db: Db, sql: string) => Object.values(db.$client.prepare(sql).get() as Record<string, number>)[0];

describe('the seeded plans’ trail', () => {
  let db: Db;
  beforeAll(async () => {
    db = openDatabase(':memory:');
    applyMigrations(db);
    await generateMunicipality(db, { preset: 'small', seed: 3 });
  });
  afterAll(() => db.$client.close());

  it('tells every plan’s status: created, then submitted unless a draft, then approved if approved', () => {
    expect(scalar(db, `SELECT count(*) FROM action_plans p WHERE NOT EXISTS (SELECT 1 FROM plan_events e WHERE e.plan_id = p.id AND e.kind = 'created')`)).toBe(0);
    expect(scalar(db, `SELECT count(*) FROM action_plans p WHERE (p.status = 'draft') = EXISTS (SELECT 1 FROM plan_events e WHERE e.plan_id = p.id AND e.kind = 'submitted')`)).toBe(0);
    expect(scalar(db, `SELECT count(*) FROM action_plans p WHERE (p.status = 'approved') <> EXISTS (SELECT 1 FROM plan_events e WHERE e.plan_id = p.id AND e.kind = 'approved' AND e.actor_person_id = p.decided_by_person_id AND e.at = p.decided_at)`)).toBe(0);
    expect(scalar(db, `SELECT count(*) FROM plan_events WHERE kind = 'returned' AND comment IS NULL`)).toBe(0);
    expect(scalar(db, `SELECT count(*) FROM plan_events WHERE kind = 'returned'`)).toBeGreaterThan(0);
  });

  it('has a unit’s plan approved by the director of its administration, as the rules say', () => {
    const wrong = scalar(
      db,
      `SELECT count(*) FROM action_plans p JOIN org_units u ON u.id = p.unit_id
       WHERE p.status = 'approved' AND u.kind IN ('unit', 'department') AND NOT EXISTS (
         WITH RECURSIVE up(id) AS (SELECT p.unit_id UNION SELECT o.parent_id FROM org_units o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL)
         SELECT 1 FROM role_assignments r JOIN up ON up.id = r.org_unit_id
         WHERE r.person_id = p.decided_by_person_id AND r.role IN ('administration_director', 'municipal_director') AND r.org_unit_id <> p.unit_id)`,
    );
    expect(wrong).toBe(0);
  });
});
