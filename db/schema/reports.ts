import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { orgUnits } from './organisation';
import { people } from './people';
import { followUpPeriods } from './periods';
import { goals, decisions } from './goals';
import { FULFILMENTS } from '../../lib/domain/fulfilment';
import { REPORT_STATUSES } from '../../lib/domain/reports';

/** Måluppfyllelse: one level's assessment of one goal for one period, with analysis and forecast. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    goalId: integer()
      .notNull()
      .references(() => goals.id),
    periodId: integer()
      .notNull()
      .references(() => followUpPeriods.id),
    /** The unit, administration or board that wrote the assessment. */
    assessingUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    fulfilment: text({ enum: FULFILMENTS }).notNull(),
    /** The interim report's forecast of year-end fulfilment. */
    forecast: text({ enum: FULFILMENTS }),
    analysis: text().notNull(),
    authorPersonId: integer().references(() => people.id),
    updatedAt: integer({ mode: 'timestamp' }).notNull(),
  },
  (t) => [
    uniqueIndex('assessments_uq').on(t.goalId, t.periodId, t.assessingUnitId),
    index('assessments_period_idx').on(t.periodId),
    index('assessments_unit_idx').on(t.assessingUnitId),
    index('assessments_author_idx').on(t.authorPersonId),
  ],
);

/** A report for a period and a level. Once approved its snapshot is the public record and never changes. */
export const reports = sqliteTable(
  'reports',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    periodId: integer()
      .notNull()
      .references(() => followUpPeriods.id),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    status: text({ enum: REPORT_STATUSES }).notNull().default('draft'),
    submittedByPersonId: integer().references(() => people.id),
    submittedAt: integer({ mode: 'timestamp' }),
    decisionId: integer().references(() => decisions.id),
    approvedAt: integer({ mode: 'timestamp' }),
    /** Why the director took a submitted report back to draft; cleared by the next submission. */
    returnComment: text(),
    returnedAt: integer({ mode: 'timestamp' }),
    /** JSON of the goals, assessments and figures as approved. */
    snapshot: text(),
  },
  (t) => [
    uniqueIndex('reports_uq').on(t.periodId, t.orgUnitId),
    index('reports_unit_idx').on(t.orgUnitId),
    index('reports_submitted_by_idx').on(t.submittedByPersonId),
    index('reports_decision_idx').on(t.decisionId),
  ],
);
