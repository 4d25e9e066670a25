import 'server-only';
import type { Db } from '@/db/connection';

/**
 * Queries that run on (nearly) every request, prepared once per connection. Building a query's
 * SQL from the query builder costs more than running it when it reads a row by its key; a
 * prepared query only binds its values.
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
