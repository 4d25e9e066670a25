import 'server-only';
import type { Db } from '@/db/connection';

/**
 * Queries that run on (nearly) every request, prepared once per connection: the application's one
 * store of prepared statements. Building a query's SQL from the query builder and preparing it in
 * SQLite costs more than running it when it reads a row by its key; drizzle's prepared query keeps
 * its SQLite statement and only binds new values (db/prepared-queries.test.ts holds drizzle to
 * that). Every other query is built and prepared when it runs.
 */
export function preparedPerConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const byConnection = new WeakMap<Db, T>();
  return (db) => {
    let statements = byConnection.get(db);
    if (!statements) {
      statements = build(db);
      byConnection.set(db, statements);
    }
    return statements;
  };
}
