import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, reference, isoDate } from './columns';
import { PERIOD_KINDS, PLAN_YEAR_STATUSES } from '../../lib/domain/periods';
import { municipalities } from './organisation';

export const planYears = sqliteTable(
  'plan_years',
  {
    id: id(),
    municipalityId: reference(() => municipalities.id).notNull(),
    year: integer().notNull(),
    status: text({ enum: PLAN_YEAR_STATUSES }).notNull().default('open'),
  },
  (t) => [uniqueIndex('plan_years_uq').on(t.municipalityId, t.year)],
);

/** A follow-up period. Deadlines cascade upwards: units first, then the administration, then the board. */
export const followUpPeriods = sqliteTable(
  'follow_up_periods',
  {
    id: id(),
    planYearId: reference(() => planYears.id).notNull(),
    kind: text({ enum: PERIOD_KINDS }).notNull(),
    name: text().notNull(),
    periodEnd: isoDate().notNull(),
    unitDeadline: isoDate().notNull(),
    administrationDeadline: isoDate().notNull(),
    boardDeadline: isoDate().notNull(),
  },
  (t) => [index('follow_up_periods_plan_year_idx').on(t.planYearId, t.periodEnd), uniqueIndex('follow_up_periods_uq').on(t.planYearId, t.kind, t.periodEnd)],
);
