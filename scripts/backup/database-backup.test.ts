import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import { buildWriter, startWriter } from '../reliability/writer-process';
import { backupDatabase, restoreDatabase, tableCounts } from './database-backup';

let dir: string;
let source: string;
const counts = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return tableCounts(db);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'styrkedjan-backup-'));
  source = path.join(dir, 'drift.db');
  const db = openDatabase(source);
  applyMigrations(db);
  await generateMunicipality(db, { preset: 'small', seed: 1 });
  db.$client.close();
  buildWriter();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('copies a quiet database exactly and restores it into a fresh directory', () => {
    const manifest = backupDatabase(source, path.join(dir, 'kopior'), new Date('2026-11-23T10:00:00Z'));
    expect(manifest.file).toBe('styrkedjan-20261123-100000.db');
    const restored = restoreDatabase(path.join(dir, 'kopior', manifest.file), path.join(dir, 'ny-server', 'data', 'styrkedjan.db'));
    expect(restored.counts).toEqual(counts(source));
    expect(manifest.counts).toEqual(counts(source));
    const db = new Database(restored.target, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('takes a consistent copy while follow-ups are being saved, holding every write acknowledged before it began', async () => {
    const writer = startWriter(source);
    await writer.firstAck;
    await new Promise((r) => setTimeout(r, 300));
    const ackedBefore = [...writer.acked];
    const manifest = backupDatabase(source, path.join(dir, 'under-drift'));
    await new Promise((r) => setTimeout(r, 300));
    writer.child.kill('SIGTERM');
    await writer.exited;
    expect(writer.acked.length).toBeGreaterThan(ackedBefore.length); // the writer went on during the backup

    const target = path.join(dir, 'aterstalld', 'styrkedjan.db');
    const restored = restoreDatabase(path.join(dir, 'under-drift', manifest.file), target);
    expect(restored.counts).toEqual(manifest.counts);
    const db = new Database(target, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = db.prepare('SELECT count(*) AS n FROM follow_up_events WHERE id = ? AND (SELECT count(*) FROM follow_up_entries WHERE event_id = follow_up_events.id) > 0');
      for (const id of ackedBefore) expect(present.get(id)).toEqual({ n: 1 });
      // Consistent: the meetings in the copy and their audit rows were taken at the same moment.
      const meetings = (db.prepare(`SELECT count(*) AS n FROM follow_up_events WHERE minutes LIKE 'Skrivtest %'`).get() as { n: number }).n;
      const audited = (db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'meeting.recorded' AND object_id IN (SELECT id FROM follow_up_events WHERE minutes LIKE 'Skrivtest %')`).get() as { n: number }).n;
      expect(audited).toBe(meetings);
    } finally {
      db.close();
    }
    const after = counts(source);
    expect(after.follow_up_events).toBeGreaterThanOrEqual(manifest.counts.follow_up_events!);
  });

  it('refuses a backup that does not match its manifest, and leaves the database as it was', () => {
    const manifest = backupDatabase(source, path.join(dir, 'skadad'), new Date('2026-11-23T11:00:00Z'));
    const file = path.join(dir, 'skadad', manifest.file);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    const target = path.join(dir, 'orord', 'styrkedjan.db');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
    const before = fs.readFileSync(target);
    expect(() => restoreDatabase(file, target)).toThrow(/SHA-256/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });
});
