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
  reuseStatements(sqlite);
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

const MAX_STATEMENTS = 1000;

/**
 * Drizzle prepares every query it runs anew, and SQLite's prepare costs more than most of our
 * indexed look-ups: keep each prepared statement by its SQL and hand it out again, reset to its
 * default result mode. A statement still being iterated is never shared. The application's queries
 * are a bounded set; lists of ids make new texts, so the store starts over when it grows large.
 */
function reuseStatements(sqlite: Database.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const kept = statements.get(source);
    if (kept && !kept.busy) return kept.reader ? kept.raw(false).pluck(false).expand(false) : kept;
    const statement = prepare(source);
    if (!kept) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statements.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
}
