import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './connection';

export const MIGRATIONS_FOLDER = path.join(__dirname, 'migrations');

/** Applies every committed migration not yet applied; a no-op on an up-to-date database. */
export function applyMigrations(db: Db) {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
