import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Online backup and restore of the SQLite file.
 *
 * The backup is `VACUUM INTO`: SQLite copies the database as of one read transaction, so the copy
 * is consistent while the application keeps reading and writing (WAL lets the writer go on beside
 * the reader). The copy is then checked with integrity_check and described by a manifest (row
 * counts per table and a SHA-256 of the file) before it gets its final name, so a file under the
 * final name is always a whole, checked backup.
 */
export interface Manifest {
  file: string;
  createdAt: string;
  source: string;
  bytes: number;
  sha256: string;
  counts: Record<string, number>;
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

export function backupDatabase(source: string, outDir: string, now = new Date()): Manifest {
  if (!fs.existsSync(source)) throw new Error(`Databasen ${source} finns inte.`);
  fs.mkdirSync(outDir, { recursive: true });
  const name = `styrkedjan-${stamp(now)}.db`;
  const final = path.join(outDir, name);
  const partial = `${final}.ofullstandig`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  const copy = new Database(partial, { readonly: true });
  let counts: Record<string, number>;
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`Säkerhetskopian klarade inte integrity_check: ${String(integrity)}`);
    counts = tableCounts(copy);
  } finally {
    copy.close();
  }
  const manifest: Manifest = { file: name, createdAt: now.toISOString(), source: path.resolve(source), bytes: fs.statSync(partial).size, sha256: sha256(partial), counts };
  fs.writeFileSync(`${final}.json`, JSON.stringify(manifest, null, 2));
  fs.renameSync(partial, final);
  return manifest;
}

/**
 * Puts a backup in place of the database. The application must be stopped first (the README
 * says so): a running server keeps the old file open. The backup is checked against its manifest
 * and with integrity_check before anything is replaced, and the swap is a rename, so the target
 * is either the old database or the whole backup, never half of one.
 */
export function restoreDatabase(backupFile: string, target: string): { target: string; counts: Record<string, number> } {
  const manifestFile = `${backupFile}.json`;
  if (!fs.existsSync(backupFile)) throw new Error(`Säkerhetskopian ${backupFile} finns inte.`);
  if (fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    if (manifest.sha256 !== sha256(backupFile)) throw new Error('Säkerhetskopian stämmer inte med sin manifestfil (SHA-256 skiljer sig).');
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const incoming = `${target}.aterstalls`;
  fs.copyFileSync(backupFile, incoming);
  const check = new Database(incoming);
  let counts: Record<string, number>;
  try {
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`Säkerhetskopian klarade inte integrity_check: ${String(integrity)}`);
    counts = tableCounts(check);
    check.pragma('journal_mode = WAL');
  } finally {
    check.close();
  }
  // The old database's write-ahead log belongs to the old file: it must not be replayed into the backup.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(incoming, target);
  return { target: path.resolve(target), counts };
}
