import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = ReturnType<typeof openDatabase>;

/**
 * Opens the SQLite file with the settings the application relies on: WAL so readers never wait
 * for the writer, synchronous=NORMAL (a process crash loses nothing committed; a power loss may
 * cost the last transactions), foreign keys enforced, and a busy timeout so a second writer
 * waits instead of failing.
 */
export function openDatabase(file: string) {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle({ client: sqlite, schema, casing: 'snake_case' });
}
