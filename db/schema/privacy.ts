import { sqliteTable, integer } from 'drizzle-orm/sqlite-core';
import { reference, keyReference, timestamp } from './columns';
import { municipalities } from './organisation';
import { people } from './people';

/**
 * The municipality's disposal rule (gallring) for talk notes: notes older than this many years
 * are removed; the talks, their statuses and follow-up entries stay. No row means the default.
 */
export const retentionRules = sqliteTable('retention_rules', {
  municipalityId: keyReference(() => municipalities.id),
  talkNoteYears: integer().notNull(),
  updatedAt: timestamp().notNull(),
  updatedByPersonId: reference(() => people.id),
});
