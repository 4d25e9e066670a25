import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, reference, timestamp } from './columns';
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
    id: id(),
    goalId: reference(() => goals.id).notNull(),
    periodId: reference(() => followUpPeriods.id).notNull(),
    /** The unit, administration or board that wrote the assessment. */
    assessingUnitId: reference(() => orgUnits.id).notNull(),
    fulfilment: text({ enum: FULFILMENTS }).notNull(),
    /** The interim report's forecast of year-end fulfilment. */
    forecast: text({ enum: FULFILMENTS }),
    analysis: text().notNull(),
    authorPersonId: reference(() => people.id),
    updatedAt: timestamp().notNull(),
  },
  (t) => [uniqueIndex('assessments_uq').on(t.goalId, t.periodId, t.assessingUnitId), index('assessments_period_idx').on(t.periodId), index('assessments_unit_idx').on(t.assessingUnitId), index('assessments_author_idx').on(t.authorPersonId)],
);

/** A report for a period and a level. Once approved its snapshot is the public record and never changes. */
export const reports = sqliteTable(
  'reports',
  {
    id: id(),
    periodId: reference(() => followUpPeriods.id).notNull(),
    orgUnitId: reference(() => orgUnits.id).notNull(),
    status: text({ enum: REPORT_STATUSES }).notNull().default('draft'),
    submittedByPersonId: reference(() => people.id),
    submittedAt: timestamp(),
    decisionId: reference(() => decisions.id),
    approvedAt: timestamp(),
    /** Why the director took a submitted report back to draft; cleared by the next submission. */
    returnComment: text(),
    returnedAt: timestamp(),
    /** JSON of the goals, assessments and figures as approved. */
    snapshot: text(),
  },
  (t) => [uniqueIndex('reports_uq').on(t.periodId, t.orgUnitId), index('reports_unit_idx').on(t.orgUnitId), index('reports_submitted_by_idx').on(t.submittedByPersonId), index('reports_decision_idx').on(t.decisionId)],
);
