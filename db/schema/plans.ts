import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { ACTIVITY_STATUSES } from '../../lib/domain/activity-statuses';
import { ASSIGNMENT_STATUSES, PLAN_EVENT_KINDS, PLAN_STATUSES } from '../../lib/domain/plans';
import { orgUnits } from './organisation';
import { people } from './people';
import { planYears } from './periods';
import { goals, indicators } from './goals';

/**
 * A unit's action plan (handlingsplan) for a year. An approved version is locked: a change makes
 * a new version that points back to the one it replaces, so both stay visible.
 */
export const actionPlans = sqliteTable(
  'action_plans',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    unitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    planYearId: integer()
      .notNull()
      .references(() => planYears.id),
    version: integer().notNull().default(1),
    supersedesPlanId: integer(),
    /** Only the newest version of a unit's plan is current. */
    isCurrent: integer({ mode: 'boolean' }).notNull().default(true),
    status: text({ enum: PLAN_STATUSES }).notNull().default('draft'),
    createdByPersonId: integer().references(() => people.id),
    submittedAt: integer({ mode: 'timestamp' }),
    decidedByPersonId: integer().references(() => people.id),
    decidedAt: integer({ mode: 'timestamp' }),
    decisionComment: text(),
    /** Raised by every save; a save that names an older revision is told the plan changed meanwhile. */
    revision: integer().notNull().default(1),
    updatedAt: integer({ mode: 'timestamp' }).notNull(),
  },
  (t) => [
    uniqueIndex('action_plans_version_uq').on(t.unitId, t.planYearId, t.version),
    index('action_plans_year_idx').on(t.planYearId, t.isCurrent),
    index('action_plans_supersedes_idx').on(t.supersedesPlanId),
    index('action_plans_created_by_idx').on(t.createdByPersonId),
    index('action_plans_decided_by_idx').on(t.decidedByPersonId),
  ],
);

export const activities = sqliteTable(
  'activities',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    planId: integer()
      .notNull()
      .references(() => actionPlans.id),
    title: text().notNull(),
    description: text(),
    ownerPersonId: integer().references(() => people.id),
    startDate: text().notNull(),
    endDate: text().notNull(),
    expectedResult: text().notNull(),
    /** The indicator the activity is meant to move, if any. */
    indicatorId: integer().references(() => indicators.id),
    status: text({ enum: ACTIVITY_STATUSES }).notNull().default('not_started'),
    sortOrder: integer().notNull().default(0),
    /** In a new plan version: the activity of the previous version this one continues. */
    copiedFromActivityId: integer(),
  },
  (t) => [
    index('activities_plan_idx').on(t.planId, t.sortOrder),
    index('activities_owner_idx').on(t.ownerPersonId),
    index('activities_indicator_idx').on(t.indicatorId),
    index('activities_copied_from_idx').on(t.copiedFromActivityId),
  ],
);

export const activityGoals = sqliteTable(
  'activity_goals',
  {
    activityId: integer()
      .notNull()
      .references(() => activities.id),
    goalId: integer()
      .notNull()
      .references(() => goals.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.goalId] }), index('activity_goals_goal_idx').on(t.goalId)],
);

/** An employee's assignment description (uppdragsbeskrivning) for a year. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    personId: integer()
      .notNull()
      .references(() => people.id),
    planYearId: integer()
      .notNull()
      .references(() => planYears.id),
    unitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    description: text().notNull(),
    status: text({ enum: ASSIGNMENT_STATUSES }).notNull().default('draft'),
    employeeConfirmedAt: integer({ mode: 'timestamp' }),
    managerConfirmedAt: integer({ mode: 'timestamp' }),
    managerPersonId: integer().references(() => people.id),
    /** Raised by every save, for the same lost-update check as on plans. */
    revision: integer().notNull().default(1),
    updatedAt: integer({ mode: 'timestamp' }).notNull(),
  },
  (t) => [
    uniqueIndex('assignments_person_year_uq').on(t.personId, t.planYearId),
    index('assignments_year_idx').on(t.planYearId),
    index('assignments_unit_idx').on(t.unitId, t.planYearId),
    index('assignments_manager_idx').on(t.managerPersonId),
  ],
);

/** "Mitt bidrag": the activities of the unit's plan that an employee contributes to. */
export const assignmentActivities = sqliteTable(
  'assignment_activities',
  {
    assignmentId: integer()
      .notNull()
      .references(() => assignments.id),
    activityId: integer()
      .notNull()
      .references(() => activities.id),
    contribution: text(),
  },
  (t) => [
    primaryKey({ columns: [t.assignmentId, t.activityId] }),
    index('assignment_activities_activity_idx').on(t.activityId),
  ],
);

/** The plan's own history, shown on the plan page: who did what to which version, and why. */
export const planEvents = sqliteTable(
  'plan_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    planId: integer()
      .notNull()
      .references(() => actionPlans.id),
    at: integer({ mode: 'timestamp' }).notNull(),
    actorPersonId: integer().references(() => people.id),
    kind: text({ enum: PLAN_EVENT_KINDS }).notNull(),
    /** The return comment, or a short description of the change. */
    comment: text(),
    /** JSON: the changed fields, before and after. */
    detail: text(),
  },
  (t) => [index('plan_events_plan_idx').on(t.planId, t.at), index('plan_events_actor_idx').on(t.actorPersonId)],
);
