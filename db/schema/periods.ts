import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { municipalities } from './organisation';

export const PLAN_YEAR_STATUSES = ['open', 'closed'] as const;

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

export const PERIOD_KINDS = [
  'monthly', // the board's continuous follow-up
  'interim', // delårsrapport, per 31 August
  'annual', // årsredovisning, per 31 December
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

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
