import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import { buildWriter, startWriter } from '../reliability/writer-process';
import { disposeTalkTexts } from '@/features/privacy/disposal';
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

/** A database of its own for a test, copied from the seeded one, so tests do not change each other's data. */
function ownCopy(name: string) {
  const file = path.join(dir, name, 'styrkedjan.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(source, { readonly: true });
  db.prepare('VACUUM INTO ?').run(file);
  db.close();
  return file;
}
const mode = (file: string) => fs.statSync(file).mode & 0o777;
function query<T>(file: string, sql: string, ...params: unknown[]): T {
  const db = new Database(file);
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}
function write(file: string, sql: string, ...params: unknown[]) {
  const db = new Database(file);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

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

  it('refuses a backup without its manifest, or whose size differs from it, and leaves the database as it was', () => {
    const manifest = backupDatabase(source, path.join(dir, 'utan-manifest'), new Date('2026-11-23T12:00:00Z'));
    const file = path.join(dir, 'utan-manifest', manifest.file);
    const target = path.join(dir, 'orord-2', 'styrkedjan.db');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
    const before = fs.readFileSync(target);

    fs.writeFileSync(`${file}.json`, JSON.stringify({ ...manifest, bytes: manifest.bytes + 4096 }));
    expect(() => restoreDatabase(file, target)).toThrow(/storleken/);
    fs.rmSync(`${file}.json`);
    expect(() => restoreDatabase(file, target)).toThrow(/Manifestfilen .* saknas/);
    fs.writeFileSync(`${file}.json`, '{"file": "inte ett manifest"}');
    expect(() => restoreDatabase(file, target)).toThrow(/saknar storlek eller SHA-256/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.existsSync(`${target}.aterstalls`)).toBe(false);
  });

  it('ends every session on restore: a session signed in after the backup, on an account signed out since, is not valid again', () => {
    const live = ownCopy('sessioner');
    const now = new Date('2026-11-23T13:00:00Z');
    const backup = backupDatabase(live, path.join(dir, 'sessioner-kopior'), now);
    const employee = query<{ id: number; personId: number; version: number }>(live, `SELECT id, person_id AS personId, session_version AS version FROM accounts WHERE email = 'medarbetare@sjovik.se'`);
    const leaver = query<{ id: number; version: number }>(live, `SELECT id, session_version AS version FROM accounts WHERE email = 'medarbetare2@sjovik.se'`);
    // After the backup: the employee signs out and in again many times (each sign-out raises the
    // version by one), and another account is deactivated.
    write(live, 'UPDATE accounts SET session_version = session_version + 50 WHERE id = ?', employee.id);
    write(live, 'UPDATE accounts SET active = 0, session_version = session_version + 1 WHERE id = ?', leaver.id);
    const issuedBeforeRestore = employee.version + 50;
    const active = query<{ n: number }>(live, 'SELECT count(*) AS n FROM accounts WHERE active = 1').n;

    const restored = restoreDatabase(path.join(dir, 'sessioner-kopior', backup.file), live, now);
    expect(restored.accounts.activeInBackup).toBe(active + 1);
    expect(restored.accounts.deactivationsKept).toBe(1);
    const versions = query<{ min: number; max: number }>(live, 'SELECT min(session_version) AS min, max(session_version) AS max FROM accounts');
    expect(versions.min).toBe(restored.accounts.sessionVersionFloor);
    expect(versions.max).toBe(restored.accounts.sessionVersionFloor);
    // Past every version the lost timeline issued, and past the clock: a restore onto a fresh
    // server, where the replaced database cannot be read, still ends every session.
    expect(restored.accounts.sessionVersionFloor).toBeGreaterThan(issuedBeforeRestore);
    expect(restored.accounts.sessionVersionFloor).toBeGreaterThan(Math.floor(now.getTime() / 1000));
    expect(query<{ active: number }>(live, 'SELECT active FROM accounts WHERE id = ?', leaver.id).active).toBe(0);
    const audit = JSON.parse(query<{ detail: string }>(live, `SELECT detail FROM audit_log WHERE action = 'backup.restored' ORDER BY id DESC LIMIT 1`).detail);
    expect(audit).toMatchObject({ activeInBackup: active + 1, deactivationsKept: 1, backupCreatedAt: now.toISOString() });

    const fresh = restoreDatabase(path.join(dir, 'sessioner-kopior', backup.file), path.join(dir, 'ny-server-2', 'styrkedjan.db'), now);
    expect(fresh.accounts.deactivationsKept).toBe(0);
    expect(fresh.accounts.sessionVersionFloor).toBeGreaterThan(Math.floor(now.getTime() / 1000));
  });

  it('applies the disposal rule again on restore: talk texts removed after the backup stay removed, with its audit row', () => {
    const live = ownCopy('gallring');
    const now = new Date('2026-11-23T14:00:00Z');
    write(live, `INSERT INTO retention_rules (municipality_id, talk_note_years, updated_at) VALUES (1, 1, unixepoch())`);
    const backup = backupDatabase(live, path.join(dir, 'gallring-kopior'), now);
    const db = openDatabase(live);
    const disposed = disposeTalkTexts(db, { municipalityId: 1, now, dryRun: false, actorPersonId: null });
    db.$client.close();
    expect(disposed.notes + disposed.entryTexts).toBeGreaterThan(0);
    const after = counts(live);

    const restored = restoreDatabase(path.join(dir, 'gallring-kopior', backup.file), live, now);
    expect(restored.disposal).toEqual([{ ...disposed, dryRun: false }]);
    const again = counts(live);
    expect(again.confidential_notes).toBe(after.confidential_notes);
    const texts = `SELECT count(*) AS n FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id WHERE e.kind <> 'workplace_meeting' AND e.held_on < ? AND (f.comment IS NOT NULL OR f.next_step IS NOT NULL OR f.self_comment IS NOT NULL)`;
    expect(query<{ n: number }>(live, texts, disposed.cutoffDate).n).toBe(0);
    const audit = JSON.parse(query<{ detail: string }>(live, `SELECT detail FROM audit_log WHERE action = 'talk_note.disposed' ORDER BY id DESC LIMIT 1`).detail);
    expect(audit).toMatchObject({ trigger: 'restore', notes: disposed.notes, entryTexts: disposed.entryTexts, cutoffDate: disposed.cutoffDate });
  });

  it('writes the backup, its manifest, the restored database and its -wal and -shm readable by the owner only, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const manifest = backupDatabase(source, path.join(dir, 'rattigheter'), new Date('2026-11-23T15:00:00Z'));
      const file = path.join(dir, 'rattigheter', manifest.file);
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}.json`)).toBe(0o600);
      const target = path.join(dir, 'rattigheter-ny', 'styrkedjan.db');
      restoreDatabase(file, target);
      expect(mode(target)).toBe(0o600);
      const db = openDatabase(target);
      db.$client.prepare(`INSERT INTO audit_log (at, action) VALUES (unixepoch(), 'test.write')`).run();
      expect(mode(`${target}-wal`)).toBe(0o600);
      expect(mode(`${target}-shm`)).toBe(0o600);
      db.$client.close();

      // A database the application, the seed or a migration creates.
      const created = path.join(dir, 'ny-databas', 'styrkedjan.db');
      const fresh = openDatabase(created);
      applyMigrations(fresh);
      expect(mode(created)).toBe(0o600);
      expect(mode(`${created}-wal`)).toBe(0o600);
      fresh.$client.close();
    } finally {
      process.umask(previous);
    }
  });
});
