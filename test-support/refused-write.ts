import { expect } from 'vitest';
import type { Db } from '@/db/connection';
import { RuleError } from '@/lib/errors';

/** What a refused write must leave as it was: the row count of each table, and the rows some queries pick out. */
export interface Watched {
  tables: readonly string[];
  rows?: readonly { sql: string; args?: readonly unknown[] }[];
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** A refusal is an error class (not found, conflict), or a rule's message key and the field it lands on. */
export type Refusal = ErrorClass | { key: string; field?: string };

function stateOf(db: Db, watched: Watched) {
  return {
    counts: Object.fromEntries(watched.tables.map((t) => [t, (db.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])),
    rows: (watched.rows ?? []).map((q) => db.$client.prepare(q.sql).all(...(q.args ?? []))),
  };
}

/**
 * Runs a write that must be refused, checks that it was refused for the expected reason, and that
 * it wrote nothing: every watched table keeps its row count and the watched rows stay as they were.
 */
export function expectRefused(db: Db, watched: Watched, write: () => unknown, refusal: Refusal) {
  const before = stateOf(db, watched);
  let thrown: unknown = null;
  try {
    write();
  } catch (err) {
    thrown = err;
  }
  if (typeof refusal === 'function') {
    expect(thrown).toBeInstanceOf(refusal);
  } else {
    expect(thrown).toBeInstanceOf(RuleError);
    const rule = thrown as RuleError;
    expect({ key: rule.messageKey, field: rule.field }).toEqual({ key: refusal.key, field: refusal.field });
  }
  expect(stateOf(db, watched)).toEqual(before);
}
