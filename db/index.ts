import 'server-only';
import { env } from '@/lib/env';
import { openDatabase, type Db } from './connection';

// One connection per server process. In development, hot reloads re-evaluate this module, so the
// connection is kept on globalThis instead of opening a new one each time.
const globalForDb = globalThis as unknown as { styrkedjanDb?: Db };

export function getDb(): Db {
  globalForDb.styrkedjanDb ??= openDatabase(env.databasePath);
  return globalForDb.styrkedjanDb;
}
