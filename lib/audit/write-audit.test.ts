import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { writeAudit } from './write-audit';

let db: Db;
const rows = () => db.$client.prepare('SELECT at, actor_person_id AS actor, action, object_type AS objectType, object_id AS objectId, detail FROM audit_log ORDER BY id').all();

beforeAll(() => {
  db = openDatabase(':memory:');
  applyMigrations(db);
});
afterAll(() => db.$client.close());

describe('writeAudit', () => {
  it('writes one row with the entry, its detail as JSON and the moment it is given', () => {
    writeAudit(db, { at: new Date('2026-11-22T09:00:00Z'), actorPersonId: null, action: 'kolada.values_stored', objectType: 'municipality', objectId: 1, detail: { kpi: 'N15419', stored: 3 } });
    expect(rows()).toEqual([{ at: Date.UTC(2026, 10, 22, 9) / 1000, actor: null, action: 'kolada.values_stored', objectType: 'municipality', objectId: 1, detail: '{"kpi":"N15419","stored":3}' }]);
  });

  it('stamps the row with now and leaves absent parts empty', () => {
    const before = Math.floor(Date.now() / 1000);
    writeAudit(db, { actorPersonId: null, action: 'backup.restored' });
    const row = rows().at(-1) as { at: number; objectType: null; objectId: null; detail: null };
    expect(row.at).toBeGreaterThanOrEqual(before);
    expect(row.at).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    expect(row).toMatchObject({ objectType: null, objectId: null, detail: null });
  });

  it('belongs to the transaction it is written in: a change that fails leaves no row behind', () => {
    const count = rows().length;
    expect(() =>
      db.transaction((tx) => {
        writeAudit(tx, { actorPersonId: null, action: 'goal.update', objectType: 'goal', objectId: 7 });
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(rows()).toHaveLength(count);
  });
});

describe('who writes the audit log', () => {
  it('is lib/audit/write-audit.ts only: no other module inserts into the table', () => {
    // Drizzle's insert(auditLog) and a raw INSERT INTO audit_log, in any module but this one and the tests.
    const found = execSync(String.raw`grep -rlEi "insert\(\s*(schema\.)?auditLog\b|insert\s+(or\s+\w+\s+)?into\s+[\"']?audit_log\b" app lib components features server scripts db test-support --include=*.ts --include=*.tsx || true`, { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((f) => f && !f.endsWith('.test.ts'));
    expect(found).toEqual(['lib/audit/write-audit.ts']);
  });
});
