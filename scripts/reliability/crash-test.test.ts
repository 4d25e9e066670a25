import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import { runCrashTest } from './crash-test';

// The fast part of `npm run verify:reliability` (which kills the writer 100 times): a few kills,
// so a change that breaks durability or atomicity fails `npm test` too.
let dir: string;
let source: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'styrkedjan-krasch-kalla-'));
  source = path.join(dir, 'kalla.db');
  const db = openDatabase(source);
  applyMigrations(db);
  await generateMunicipality(db, { preset: 'small', seed: 1 });
  db.$client.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a writer killed with SIGKILL', () => {
  it('never loses an acknowledged follow-up nor leaves the file or the roll-up half written', async () => {
    const result = await runCrashTest({ sourceDb: source, runs: 8 });
    expect(result.ackedWrites).toBeGreaterThan(0);
    expect(result).toMatchObject({ crashRuns: 8, lostWrites: 0, integrityOk: true, rollupConsistent: true });
  });
});
