import { sqliteTable, text, index, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { id, reference, timestamp, createdAt, sortOrder } from './columns';
import { ORG_SIDES, ORG_UNIT_KINDS } from '../../lib/domain/org-units';

export const municipalities = sqliteTable('municipalities', {
  id: id(),
  name: text().notNull(),
  /** Statistics Sweden's four-digit municipality code, also Kolada's id ("0000" is the national total). */
  scbCode: text().notNull(),
  createdAt: createdAt(),
});

/**
 * Both organisations of a municipality as one tree. The political side (KF, KS, boards) and the
 * administrative side (municipal office, administrations, departments, units) meet where a board
 * is linked to the administration that serves it.
 */
export const orgUnits = sqliteTable(
  'org_units',
  {
    id: id(),
    municipalityId: reference(() => municipalities.id).notNull(),
    parentId: reference((): AnySQLiteColumn => orgUnits.id),
    kind: text({ enum: ORG_UNIT_KINDS }).notNull(),
    side: text({ enum: ORG_SIDES }).notNull(),
    name: text().notNull(),
    shortName: text(),
    /** The HR system's unit code (enhetskod), the key of the organisation import; political bodies have none. */
    code: text(),
    /** For a board (or KS): the administration that prepares and executes its decisions. */
    servedByUnitId: reference((): AnySQLiteColumn => orgUnits.id),
    sortOrder: sortOrder(),
    /** Units that were closed keep their history; they are no longer shown as current. */
    closedAt: timestamp(),
  },
  (t) => [
    index('org_units_municipality_idx').on(t.municipalityId),
    index('org_units_parent_idx').on(t.parentId, t.sortOrder),
    index('org_units_served_by_idx').on(t.servedByUnitId),
    uniqueIndex('org_units_name_uq').on(t.municipalityId, t.parentId, t.name),
    uniqueIndex('org_units_code_uq').on(t.municipalityId, t.code),
  ],
);
