import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/connection';
import { applyMigrations } from '../../db/migrate';
import { disposeTalkTexts, type DisposalResult } from '../../features/privacy/disposal';
import { writeAudit } from '../../lib/audit/write-audit';

/**
 * Online backup and restore of the SQLite file.
 *
 * The backup is `VACUUM INTO`: SQLite copies the database as of one read transaction, so the copy
 * is consistent while the application keeps reading and writing (WAL lets the writer go on beside
 * the reader). The copy is then checked with integrity_check and described by a manifest (row
 * counts per table and a SHA-256 of the file) before it gets its final name, so a file under the
 * final name is always a whole, checked backup.
 *
 * A backup holds talk notes and password hashes: it and its manifest are readable by the owner
 * only (mode 600), whatever the umask of the operator who runs it.
 */
export interface Manifest {
  file: string;
  createdAt: string;
  source: string;
  bytes: number;
  sha256: string;
  counts: Record<string, number>;
}

/** Owner read and write only: the database and every copy of it hold personal data. */
export const PRIVATE_FILE_MODE = 0o600;

/** The rows of every table of a database file, once SQLite's integrity check has passed. */
function checkedTableCounts(file: string, options?: Database.Options): Record<string, number> {
  const db = new Database(file, options);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`Säkerhetskopian klarade inte integrity_check: ${String(integrity)}`);
    return tableCounts(db);
  } finally {
    db.close();
  }
}

export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  return Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name.replaceAll('"', '""')}"`).get() as { n: number }).n]));
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Writes a file that only its owner may read, also when it already existed with a wider mode. */
function writePrivateFile(file: string, content: string) {
  fs.writeFileSync(file, content, { mode: PRIVATE_FILE_MODE });
  fs.chmodSync(file, PRIVATE_FILE_MODE);
}

export function backupDatabase(source: string, outDir: string, now = new Date()): Manifest {
  if (!fs.existsSync(source)) throw new Error(`Databasen ${source} finns inte.`);
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const name = `styrkedjan-${stamp(now)}.db`;
  const final = path.join(outDir, name);
  const partial = `${final}.ofullstandig`;
  fs.rmSync(partial, { force: true });
  // VACUUM INTO accepts an empty file: created here with mode 600, SQLite never makes it wider.
  writePrivateFile(partial, '');
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  fs.chmodSync(partial, PRIVATE_FILE_MODE);
  const counts = checkedTableCounts(partial, { readonly: true });
  const manifest: Manifest = { file: name, createdAt: now.toISOString(), source: path.resolve(source), bytes: fs.statSync(partial).size, sha256: sha256(partial), counts };
  writePrivateFile(`${final}.json`, JSON.stringify(manifest, null, 2));
  fs.renameSync(partial, final);
  return manifest;
}

function readManifest(backupFile: string): Manifest {
  const manifestFile = `${backupFile}.json`;
  // Without its manifest nothing says the file is whole, or that it is a backup at all.
  if (!fs.existsSync(manifestFile)) throw new Error(`Manifestfilen ${manifestFile} saknas: en säkerhetskopia utan manifest återställs inte.`);
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Partial<Manifest>;
  } catch {
    throw new Error(`Manifestfilen ${manifestFile} går inte att läsa.`);
  }
  if (typeof manifest.sha256 !== 'string' || typeof manifest.bytes !== 'number') throw new Error(`Manifestfilen ${manifestFile} saknar storlek eller SHA-256.`);
  return manifest as Manifest;
}

/** What the restored database's accounts were, and what the restore did to them. */
export interface RestoredAccounts {
  /** Accounts active in the backup: the ones an administrator checks for deactivations made after it. */
  activeInBackup: number;
  total: number;
  /** Every account's session version after the restore is at least this: no earlier session is valid. */
  sessionVersionFloor: number;
  /** Accounts deactivated in the database being replaced but active in the backup: kept deactivated. */
  deactivationsKept: number;
}

export interface RestoreResult {
  target: string;
  /** The backup's row counts, before the restore's own changes (the disposal, the audit rows). */
  counts: Record<string, number>;
  accounts: RestoredAccounts;
  /** The disposal rule applied again to the restored data, per municipality. */
  disposal: DisposalResult[];
}

interface ReplacedAccounts {
  maxSessionVersion: number;
  inactive: { id: number; personId: number }[];
}

/**
 * What the database being replaced says about accounts, if it is there and readable: a restore
 * onto a lost server has nothing to read, a restore over a damaged file may fail to; either way
 * the restore goes on without it.
 */
function readReplacedAccounts(target: string): ReplacedAccounts | null {
  if (!fs.existsSync(target)) return null;
  try {
    const db = new Database(target, { readonly: true, fileMustExist: true });
    try {
      const max = db.prepare('SELECT coalesce(max(session_version), 0) AS v FROM accounts').get() as { v: number };
      const inactive = db.prepare('SELECT id, person_id AS personId FROM accounts WHERE active = 0').all() as { id: number; personId: number }[];
      return { maxSessionVersion: max.v, inactive };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Sessions are JWTs valid while they carry the account's current session version. A token issued
 * after the backup carries a version the backup never saw, which the restored counter would reach
 * again after as many sign-outs; so every version jumps past all of them: past the replaced
 * database's highest and past the clock in seconds (versions grow by one per sign-out, far slower
 * than the clock), so a token from before the restore never matches again.
 */
function endEverySession(sqlite: Database.Database, replaced: ReplacedAccounts | null, now: Date): RestoredAccounts {
  const backupMax = (sqlite.prepare('SELECT coalesce(max(session_version), 0) AS v FROM accounts').get() as { v: number }).v;
  const floor = Math.max(backupMax, replaced?.maxSessionVersion ?? 0, Math.floor(now.getTime() / 1000)) + 1;
  const before = sqlite.prepare('SELECT count(*) AS total, coalesce(sum(active = 1), 0) AS active FROM accounts').get() as { total: number; active: number };
  sqlite.prepare('UPDATE accounts SET session_version = ?').run(floor);
  let kept = 0;
  // The backup is an earlier state of the same file, so an account keeps its id and person.
  const deactivate = sqlite.prepare('UPDATE accounts SET active = 0 WHERE id = ? AND person_id = ? AND active = 1');
  for (const a of replaced?.inactive ?? []) kept += deactivate.run(a.id, a.personId).changes;
  return { activeInBackup: before.active, total: before.total, sessionVersionFloor: floor, deactivationsKept: kept };
}

/**
 * Puts a backup in place of the database. The application must be stopped first (docs/security.md
 * says so): a running server keeps the old file open. The backup is checked against its manifest
 * (size and SHA-256) and with integrity_check before anything is replaced, and the swap is a
 * rename, so the target is either the old database or the whole restored backup, never half of one.
 *
 * Before the swap the copy is brought up to date with what happened since the backup as far as it
 * can be: every session ends (see endEverySession), an account deactivated in the database being
 * replaced stays deactivated, and the municipality's disposal rule runs again, so talk texts
 * removed after the backup do not come back.
 */
export function restoreDatabase(backupFile: string, target: string, now = new Date()): RestoreResult {
  if (!fs.existsSync(backupFile)) throw new Error(`Säkerhetskopian ${backupFile} finns inte.`);
  const manifest = readManifest(backupFile);
  const bytes = fs.statSync(backupFile).size;
  if (manifest.bytes !== bytes) throw new Error(`Säkerhetskopian stämmer inte med sin manifestfil (storleken är ${bytes} byte, manifestet säger ${manifest.bytes}).`);
  if (manifest.sha256 !== sha256(backupFile)) throw new Error('Säkerhetskopian stämmer inte med sin manifestfil (SHA-256 skiljer sig).');

  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const incoming = `${target}.aterstalls`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(incoming + suffix, { force: true });
  fs.copyFileSync(backupFile, incoming);
  // SQLite gives the -wal and -shm files the database file's own mode.
  fs.chmodSync(incoming, PRIVATE_FILE_MODE);
  let counts: Record<string, number>;
  let accounts: RestoredAccounts;
  let disposal: DisposalResult[];
  try {
    counts = checkedTableCounts(incoming);
    const db = openDatabase(incoming);
    try {
      // The disposal needs the current schema (its rule table); the application would migrate at start anyway.
      applyMigrations(db);
      const replaced = readReplacedAccounts(target);
      accounts = db.transaction(
        (tx) => {
          const done = endEverySession(db.$client, replaced, now);
          writeAudit(tx, { at: now, actorPersonId: null, action: 'backup.restored', detail: { backupCreatedAt: manifest.createdAt, ...done } });
          return done;
        },
        { behavior: 'immediate' },
      );
      const municipalities = db.$client.prepare('SELECT id FROM municipalities ORDER BY id').all() as { id: number }[];
      disposal = municipalities.map((m) => disposeTalkTexts(db, { municipalityId: m.id, now, dryRun: false, actorPersonId: null, trigger: 'restore' }));
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.$client.close();
    }
  } catch (err) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(incoming + suffix, { force: true });
    throw err;
  }
  // The old database's write-ahead log belongs to the old file: it must not be replayed into the backup.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  for (const suffix of ['-wal', '-shm']) fs.rmSync(incoming + suffix, { force: true });
  fs.renameSync(incoming, target);
  return { target: path.resolve(target), counts, accounts, disposal };
}
