import { sql } from 'drizzle-orm';
import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/*
 * The column shapes the tables share. Each is a function so every table gets a builder of its
 * own; the column's name still comes from its key (snake_case), so the SQL is what the tables
 * spelled out before. This file imports no table: the tables import it, and a cycle would leave
 * these undefined for whichever table loads first.
 */

/** A row's own identity: SQLite's rowid, never handed out again (AUTOINCREMENT). */
export const id = () => integer().primaryKey({ autoIncrement: true });

/** A foreign key to another table's id; `.notNull()` where the row cannot exist without it. */
export const reference = (target: () => AnySQLiteColumn) => integer().references(target);

/** A foreign key that is also the primary key: at most one row per referenced row (a municipality's settings). */
export const keyReference = (target: () => AnySQLiteColumn) => integer().primaryKey().references(target);

/** An instant, stored as UTC Unix seconds and read as a Date. */
export const timestamp = () => integer({ mode: 'timestamp' });

/** When the row was made, filled in by SQLite itself. */
export const createdAt = () =>
  timestamp()
    .notNull()
    .default(sql`(unixepoch())`);

/** A calendar date as yyyy-mm-dd text: such dates compare and sort correctly as strings. */
export const isoDate = () => text();

/** Raised by every save; a save that names an older revision is told the row changed meanwhile. */
export const revision = () => integer().notNull().default(1);

/** The position among siblings, as the municipality ordered them. */
export const sortOrder = () => integer().notNull().default(0);
