import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { people } from './people';

/** Append-only (a trigger in the migrations refuses UPDATE and DELETE): who did what, when. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer({ mode: 'timestamp' }).notNull(),
    actorPersonId: integer().references(() => people.id),
    action: text().notNull(), // e.g. "auth.sign_in", "assignment.read"
    objectType: text(),
    objectId: integer(),
    /** JSON: what changed, or context such as the reason for a refusal. */
    detail: text(),
  },
  (t) => [index('audit_log_actor_idx').on(t.actorPersonId, t.at), index('audit_log_object_idx').on(t.objectType, t.objectId)],
);
