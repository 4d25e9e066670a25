import { describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from './connection';
import { applyMigrations } from './migrate';
import { municipalities, orgUnits } from './schema';

// The busiest queries are drizzle prepared queries, kept per connection (db/prepared.ts), and
// the roll-up's delta prepares each of its statements once per saved meeting. Both lean on what
// drizzle does with `.prepare()` on better-sqlite3: SQLite prepares the statement once, and every
// run binds new values to it. If drizzle began to prepare again on each run, these would only cost
// time without anyone seeing it, so this holds drizzle to it.
function database() {
  const db = openDatabase(':memory:');
  applyMigrations(db);
  db.insert(municipalities).values({ name: 'Sjövik', scbCode: '9999' }).run();
  db.insert(orgUnits)
    .values([
      { municipalityId: 1, kind: 'council', side: 'political', name: 'Kommunfullmäktige' },
      { municipalityId: 1, kind: 'board', side: 'political', name: 'Barn- och utbildningsnämnden' },
    ])
    .run();
  return db;
}

describe("drizzle's prepared queries on better-sqlite3", () => {
  it('prepare their SQLite statement once and bind new values on every run', () => {
    const db = database();
    const prepare = vi.spyOn(db.$client, 'prepare');
    const unit = db
      .select({ name: orgUnits.name })
      .from(orgUnits)
      .where(eq(orgUnits.id, sql.placeholder('id')))
      .prepare();
    const rename = db
      .update(orgUnits)
      .set({ name: sql`${sql.placeholder('name')}` })
      .where(eq(orgUnits.id, sql.placeholder('id')))
      .prepare();
    expect(unit.get({ id: 1 })).toEqual({ name: 'Kommunfullmäktige' });
    rename.run({ id: 1, name: 'Kommunfullmäktige' });
    // Once each, whether when prepared or when first run.
    const prepared = prepare.mock.calls.length;
    expect(prepared).toBe(2);

    expect(unit.get({ id: 2 })).toEqual({ name: 'Barn- och utbildningsnämnden' });
    expect(unit.all({ id: 2 })).toEqual([{ name: 'Barn- och utbildningsnämnden' }]);
    expect(unit.get({ id: 3 })).toBeUndefined();
    rename.run({ id: 2, name: 'Utbildningsnämnden' });
    expect(unit.get({ id: 2 })).toEqual({ name: 'Utbildningsnämnden' });
    expect(prepare.mock.calls.length).toBe(prepared);
  });

  it('give rows of the right shape each time, whichever way they were run before', () => {
    const db = database();
    // A join with selected fields makes drizzle read rows as arrays (raw mode); a plain
    // select reads objects. Run in turns, each keeps its own shape.
    const joined = db
      .select({ unit: orgUnits.name, municipality: municipalities.name })
      .from(orgUnits)
      .innerJoin(municipalities, eq(municipalities.id, orgUnits.municipalityId))
      .where(eq(orgUnits.id, sql.placeholder('id')))
      .prepare();
    const whole = db
      .select()
      .from(orgUnits)
      .where(eq(orgUnits.id, sql.placeholder('id')))
      .prepare();
    for (let round = 0; round < 2; round++) {
      expect(joined.get({ id: 1 })).toEqual({ unit: 'Kommunfullmäktige', municipality: 'Sjövik' });
      expect(whole.get({ id: 2 })).toMatchObject({ id: 2, name: 'Barn- och utbildningsnämnden', kind: 'board' });
      expect(joined.all({ id: 2 })).toEqual([{ unit: 'Barn- och utbildningsnämnden', municipality: 'Sjövik' }]);
    }
  });
});
