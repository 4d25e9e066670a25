import type Database from 'better-sqlite3';
import { getTableName, type Table } from 'drizzle-orm';

type Row<T extends Table> = { [K in keyof T['$inferInsert']]?: string | number | null };

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Inserts many rows with one prepared statement. The seed writes over a million rows at the large
 * preset; building a drizzle query per batch costs far more than SQLite's own insert. Column names
 * follow the schema's snake_case casing. Timestamps are given as Unix seconds, booleans as 0/1.
 */
export class BulkInserter<T extends Table> {
  private readonly statement: Database.Statement;
  private readonly keys: string[];

  constructor(sqlite: Database.Database, table: T, keys: (keyof T['$inferInsert'] & string)[]) {
    this.keys = keys;
    const columns = keys.map(snake).join(', ');
    const placeholders = keys.map(() => '?').join(', ');
    this.statement = sqlite.prepare(`INSERT INTO "${getTableName(table)}" (${columns}) VALUES (${placeholders})`);
  }

  insert(row: Row<T>): void {
    this.statement.run(this.keys.map((k) => (row as Record<string, string | number | null | undefined>)[k] ?? null));
  }
}
