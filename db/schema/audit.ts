import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { id, reference, timestamp } from './columns';
import { people } from './people';

/** Append-only (a trigger in the migrations refuses UPDATE and DELETE): who did what, when. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    at: timestamp().notNull(),
    actorPersonId: reference(() => people.id),
    action: text().notNull(), // e.g. "auth.sign_in", "assignment.read"
    objectType: text(),
    objectId: integer(),
    /** JSON: what changed, or context such as the reason for a refusal. */
    detail: text(),
  },
  // The log viewer pages newest first by (at, id) under each of its filters; at millions of rows
  // every filter needs its own index ending in `at` (the rowid, i.e. id, follows implicitly).
  // The index on the person a row concerns (detail.employeePersonId) is an expression index,
  // which drizzle-kit cannot write: it is in the custom migration audit_subject_index.
  (t) => [index('audit_log_actor_idx').on(t.actorPersonId, t.at), index('audit_log_object_idx').on(t.objectType, t.objectId, t.at), index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action, t.at)],
);
