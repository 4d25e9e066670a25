import { openDatabase, type Db } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import type { Viewer } from '@/lib/permissions';

/**
 * For the data layer's tests: a fresh small demo municipality in memory, and the demo accounts as
 * the session would resolve them. The tests call the queries and mutations, `(db, viewer, input)`,
 * with these, so every role and ownership check runs exactly as it does behind a page.
 */
export async function demoDatabase(seed = 1, options: { secondMunicipality?: boolean } = {}): Promise<Db> {
  const db = openDatabase(':memory:');
  applyMigrations(db);
  await generateMunicipality(db, { preset: 'small', seed, secondMunicipality: options.secondMunicipality });
  return db;
}

export function viewerOf(db: Db, email: string): Viewer {
  const person = db.$client.prepare("SELECT a.person_id AS personId, p.municipality_id AS municipalityId, p.given_name || ' ' || p.family_name AS name FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.email = ?").get(email) as
    { personId: number; municipalityId: number; name: string } | undefined;
  if (!person) throw new Error(`no demo account ${email}`);
  return { ...person, roles: db.$client.prepare('SELECT role, org_unit_id AS orgUnitId FROM role_assignments WHERE person_id = ?').all(person.personId) as Viewer['roles'] };
}
