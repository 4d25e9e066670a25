import { sqliteTable, integer, text, real, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { id, reference, timestamp, isoDate, sortOrder } from './columns';
import { GOAL_LEVELS, GOAL_STATUSES, INDICATOR_DIRECTIONS } from '../../lib/domain/goals';
import { municipalities, orgUnits } from './organisation';
import { people } from './people';
import { planYears, followUpPeriods } from './periods';

/** A decision of a political body: which body, when, and the paragraph (§) in its minutes. */
export const decisions = sqliteTable(
  'decisions',
  {
    id: id(),
    bodyUnitId: reference(() => orgUnits.id).notNull(),
    decidedOn: isoDate().notNull(),
    paragraph: text().notNull(), // e.g. "§ 112"
    title: text().notNull(),
  },
  (t) => [index('decisions_body_idx').on(t.bodyUnitId)],
);

export const visions = sqliteTable(
  'visions',
  {
    id: id(),
    municipalityId: reference(() => municipalities.id).notNull(),
    statement: text().notNull(),
    description: text(),
    decisionId: reference(() => decisions.id),
    /** Long-lived: the current vision is the one without an end. */
    validFromYear: integer().notNull(),
    validToYear: integer(),
  },
  (t) => [index('visions_municipality_idx').on(t.municipalityId), index('visions_decision_idx').on(t.decisionId)],
);

/** Ledord / värdegrund. */
export const guidingValues = sqliteTable(
  'guiding_values',
  {
    id: id(),
    visionId: reference(() => visions.id).notNull(),
    name: text().notNull(),
    description: text().notNull(),
    sortOrder: sortOrder(),
  },
  (t) => [index('guiding_values_vision_idx').on(t.visionId)],
);

export const goals = sqliteTable(
  'goals',
  {
    id: id(),
    planYearId: reference(() => planYears.id).notNull(),
    level: text({ enum: GOAL_LEVELS }).notNull(),
    /** KF for council goals, the board for board goals, the administration for its own goals. */
    ownerUnitId: reference(() => orgUnits.id).notNull(),
    /** The official who answers for the goal's follow-up. */
    responsiblePersonId: reference(() => people.id),
    code: text().notNull(), // e.g. "KF 2", "BUN 2.1"
    title: text().notNull(),
    description: text(),
    decisionId: reference(() => decisions.id),
    /** Adopted goals are decided; a goal carried over into a new year stays a draft until decided again. */
    status: text({ enum: GOAL_STATUSES }).notNull().default('adopted'),
    /** Set when the goal was carried over from an earlier plan year. */
    carriedFromGoalId: integer(),
    sortOrder: sortOrder(),
  },
  (t) => [
    index('goals_plan_year_level_idx').on(t.planYearId, t.level),
    index('goals_owner_idx').on(t.ownerUnitId, t.planYearId),
    index('goals_responsible_idx').on(t.responsiblePersonId),
    index('goals_decision_idx').on(t.decisionId),
    uniqueIndex('goals_code_uq').on(t.planYearId, t.ownerUnitId, t.code),
  ],
);

/** "Contributes to": a board goal to council goals, an administration goal to board goals. */
export const goalLinks = sqliteTable(
  'goal_links',
  {
    goalId: reference(() => goals.id).notNull(),
    contributesToGoalId: reference(() => goals.id).notNull(),
  },
  (t) => [primaryKey({ columns: [t.goalId, t.contributesToGoalId] }), index('goal_links_parent_idx').on(t.contributesToGoalId)],
);

export const indicators = sqliteTable(
  'indicators',
  {
    id: id(),
    goalId: reference(() => goals.id).notNull(),
    name: text().notNull(),
    unit: text().notNull(), // "%", "antal", "kr" …
    baseline: real().notNull(),
    baselineYear: integer().notNull(),
    target: real().notNull(),
    direction: text({ enum: INDICATOR_DIRECTIONS }).notNull(),
    source: text().notNull(),
    /** Kolada KPI id such as "N15419", when the indicator is a national key figure. */
    koladaKpiId: text(),
    sortOrder: sortOrder(),
  },
  (t) => [index('indicators_goal_idx').on(t.goalId)],
);

export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    id: id(),
    indicatorId: reference(() => indicators.id).notNull(),
    periodId: reference(() => followUpPeriods.id).notNull(),
    value: real().notNull(),
    source: text(),
    recordedAt: timestamp().notNull(),
  },
  (t) => [uniqueIndex('indicator_values_uq').on(t.indicatorId, t.periodId), index('indicator_values_period_idx').on(t.periodId)],
);
