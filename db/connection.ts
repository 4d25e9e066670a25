import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = ReturnType<typeof openDatabase>;
/** The handle a `db.transaction` callback gets: it reads and writes like the connection itself. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Opens the SQLite file with the settings the application relies on: WAL so readers never wait
 * for the writer, synchronous=NORMAL (a process crash loses nothing committed; a power loss may
 * cost the last transactions), foreign keys enforced, and a busy timeout so a second writer
 * waits instead of failing.
 */
export function openDatabase(file: string) {
  if (file !== ':memory:') createPrivately(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle({ client: sqlite, schema, casing: 'snake_case' });
}

/**
 * The database holds talk notes and password hashes: a new file is made readable by its owner
 * only (mode 600) before SQLite opens it, whatever the umask. SQLite opens an empty file as a new
 * database and gives its -wal and -shm files the database file's mode. An existing file keeps the
 * mode its operator chose.
 */
function createPrivately(file: string) {
  const resolved = path.resolve(/*turbopackIgnore: true*/ file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  try {
    fs.closeSync(fs.openSync(resolved, 'wx', 0o600));
    fs.chmodSync(resolved, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}
