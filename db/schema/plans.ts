import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { id, reference, timestamp, isoDate, revision, sortOrder } from './columns';
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
    id: id(),
    unitId: reference(() => orgUnits.id).notNull(),
    planYearId: reference(() => planYears.id).notNull(),
    version: integer().notNull().default(1),
    supersedesPlanId: integer(),
    /** Only the newest version of a unit's plan is current. */
    isCurrent: integer({ mode: 'boolean' }).notNull().default(true),
    status: text({ enum: PLAN_STATUSES }).notNull().default('draft'),
    createdByPersonId: reference(() => people.id),
    submittedAt: timestamp(),
    decidedByPersonId: reference(() => people.id),
    decidedAt: timestamp(),
    decisionComment: text(),
    revision: revision(),
    updatedAt: timestamp().notNull(),
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
    id: id(),
    planId: reference(() => actionPlans.id).notNull(),
    title: text().notNull(),
    description: text(),
    ownerPersonId: reference(() => people.id),
    startDate: isoDate().notNull(),
    endDate: isoDate().notNull(),
    expectedResult: text().notNull(),
    /** The indicator the activity is meant to move, if any. */
    indicatorId: reference(() => indicators.id),
    status: text({ enum: ACTIVITY_STATUSES }).notNull().default('not_started'),
    sortOrder: sortOrder(),
    /** In a new plan version: the activity of the previous version this one continues. */
    copiedFromActivityId: integer(),
  },
  (t) => [index('activities_plan_idx').on(t.planId, t.sortOrder), index('activities_owner_idx').on(t.ownerPersonId), index('activities_indicator_idx').on(t.indicatorId), index('activities_copied_from_idx').on(t.copiedFromActivityId)],
);

export const activityGoals = sqliteTable(
  'activity_goals',
  {
    activityId: reference(() => activities.id).notNull(),
    goalId: reference(() => goals.id).notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.goalId] }), index('activity_goals_goal_idx').on(t.goalId)],
);

/** An employee's assignment description (uppdragsbeskrivning) for a year. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: id(),
    personId: reference(() => people.id).notNull(),
    planYearId: reference(() => planYears.id).notNull(),
    unitId: reference(() => orgUnits.id).notNull(),
    description: text().notNull(),
    status: text({ enum: ASSIGNMENT_STATUSES }).notNull().default('draft'),
    employeeConfirmedAt: timestamp(),
    managerConfirmedAt: timestamp(),
    managerPersonId: reference(() => people.id),
    revision: revision(),
    updatedAt: timestamp().notNull(),
  },
  (t) => [uniqueIndex('assignments_person_year_uq').on(t.personId, t.planYearId), index('assignments_year_idx').on(t.planYearId), index('assignments_unit_idx').on(t.unitId, t.planYearId), index('assignments_manager_idx').on(t.managerPersonId)],
);

/** "Mitt bidrag": the activities of the unit's plan that an employee contributes to. */
export const assignmentActivities = sqliteTable(
  'assignment_activities',
  {
    assignmentId: reference(() => assignments.id).notNull(),
    activityId: reference(() => activities.id).notNull(),
    contribution: text(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.activityId] }), index('assignment_activities_activity_idx').on(t.activityId)],
);

/** The plan's own history, shown on the plan page: who did what to which version, and why. */
export const planEvents = sqliteTable(
  'plan_events',
  {
    id: id(),
    planId: reference(() => actionPlans.id).notNull(),
    at: timestamp().notNull(),
    actorPersonId: reference(() => people.id),
    kind: text({ enum: PLAN_EVENT_KINDS }).notNull(),
    /** The return comment, or a short description of the change. */
    comment: text(),
    /** JSON: the changed fields, before and after. */
    detail: text(),
  },
  (t) => [index('plan_events_plan_idx').on(t.planId, t.at), index('plan_events_actor_idx').on(t.actorPersonId)],
);
