import { sqliteTable, integer, text, real, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, keyReference, timestamp } from './columns';
import { KOLADA_GENDERS } from '../../lib/domain/kolada';
import { municipalities } from './organisation';

/**
 * Where a municipality is found in Kolada and whom it compares itself with. The Kolada id is
 * usually the SCB code, kept apart so a municipality (or the demo) can name the id it reports
 * under. The comparison group is a JSON list of Kolada municipality ids, e.g. ["0682","0685"]:
 * "similar municipalities" as the council chose them.
 */
export const koladaSettings = sqliteTable('kolada_settings', {
  municipalityId: keyReference(() => municipalities.id),
  koladaMunicipalityId: text().notNull(),
  comparisonGroup: text().notNull().default('[]'),
});

/**
 * Values fetched from Kolada, one per KPI, Kolada municipality id ("0000" is the whole country),
 * year and gender (T total, K women, M men). `value` null means Kolada has the row without a
 * number ("saknas"); a row Kolada has deleted is removed here. Each row remembers the address it
 * came from and when it was fetched, so the page can cite its source.
 */
export const koladaValues = sqliteTable(
  'kolada_values',
  {
    id: id(),
    kpiId: text().notNull(),
    koladaMunicipalityId: text().notNull(),
    year: integer().notNull(),
    gender: text({ enum: KOLADA_GENDERS }).notNull(),
    value: real(),
    /** Kolada's status note for the value, if any (e.g. preliminary). */
    status: text(),
    source: text().notNull(),
    fetchedAt: timestamp().notNull(),
  },
  (t) => [uniqueIndex('kolada_values_uq').on(t.kpiId, t.koladaMunicipalityId, t.year, t.gender)],
);

export type KoladaValueRow = typeof koladaValues.$inferSelect;
