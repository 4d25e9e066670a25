import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PERIOD_KINDS, PLAN_YEAR_STATUSES } from '../../lib/domain/periods';
import { municipalities } from './organisation';

export const planYears = sqliteTable(
  'plan_years',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    municipalityId: integer()
      .notNull()
      .references(() => municipalities.id),
    year: integer().notNull(),
    status: text({ enum: PLAN_YEAR_STATUSES }).notNull().default('open'),
  },
  (t) => [uniqueIndex('plan_years_uq').on(t.municipalityId, t.year)],
);

/** A follow-up period. Deadlines cascade upwards: units first, then the administration, then the board. */
export const followUpPeriods = sqliteTable(
  'follow_up_periods',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    planYearId: integer()
      .notNull()
      .references(() => planYears.id),
    kind: text({ enum: PERIOD_KINDS }).notNull(),
    name: text().notNull(),
    periodEnd: text().notNull(), // ISO date
    unitDeadline: text().notNull(),
    administrationDeadline: text().notNull(),
    boardDeadline: text().notNull(),
  },
  (t) => [
    index('follow_up_periods_plan_year_idx').on(t.planYearId, t.periodEnd),
    uniqueIndex('follow_up_periods_uq').on(t.planYearId, t.kind, t.periodEnd),
  ],
);
