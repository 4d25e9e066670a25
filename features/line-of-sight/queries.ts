import 'server-only';
import { and, eq, isNull, asc, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db/connection';
import { actionPlans, activities, activityGoals, assignmentActivities, assignments, guidingValues, orgUnits, people, visions } from '@/db/schema';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import type { PlanStatus } from '@/lib/domain/plans';
import { preparedPerConnection } from '@/db/prepared';
import type { Viewer } from '@/lib/permissions';
import { ReadCache } from '@/lib/cache/read-cache';
import { currentPlanYear } from '@/features/plan-years/current';
import { currentEmployment } from '@/features/assignments/access';
import { councilGoalIds, goalChainUpwards, loadGoalSummaries, type GoalSummary } from '@/features/goals/details';

interface LineOfSight {
  year: number | null;
  vision: { statement: string; description: string | null } | null;
  values: { name: string; description: string }[];
  councilGoals: GoalSummary[];
  boardGoals: GoalSummary[];
  administrationGoals: GoalSummary[];
  plan: { unitName: string; status: PlanStatus } | null;
  activities: {
    id: number;
    title: string;
    expectedResult: string;
    startDate: string;
    endDate: string;
    status: ActivityStatus;
    ownerName: string | null;
    contribution: string | null;
    goalIds: number[];
  }[];
  /** Whether the viewer is employed, and so can write an assignment of their own. */
  canWriteAssignment: boolean;
  assignment: {
    id: number;
    description: string;
    status: 'draft' | 'agreed';
    managerName: string | null;
    managerConfirmedAt: Date | null;
    unitName: string;
  } | null;
}

/** The vision, its values and the open plan year: the same for everyone in the municipality. */
function municipalPart(db: Db, municipalityId: number) {
  const vision = db
    .select()
    .from(visions)
    .where(and(eq(visions.municipalityId, municipalityId), isNull(visions.validToYear)))
    .get();
  const values = vision ? db.select().from(guidingValues).where(eq(guidingValues.visionId, vision.id)).orderBy(asc(guidingValues.sortOrder)).all() : [];
  return {
    year: currentPlanYear(db, municipalityId) ?? null,
    vision: vision ? { statement: vision.statement, description: vision.description } : null,
    values: values.map((v) => ({ name: v.name, description: v.description })),
  };
}

/*
 * What many people's pages share is kept until anything is written (lib/cache/read-cache.ts): the
 * municipality's vision and year, and the goals above a set of activities – everyone in a unit
 * whose assignment links to the same activities reads the same chain. Each person's own
 * assignment and activities are read for every request.
 */
const municipalViews = new ReadCache<ReturnType<typeof municipalPart>>(50);
const chainViews = new ReadCache<GoalSummary[]>(2_000);

/** The person's own assignment, its activities and their goals: read on every request, so prepared once. */
const ownQueries = preparedPerConnection((db) => {
  const manager = alias(people, 'manager');
  const owner = alias(people, 'owner');
  return {
    assignment: db
      .select({ a: assignments, unitName: orgUnits.name, managerGiven: manager.givenName, managerFamily: manager.familyName })
      .from(assignments)
      .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
      .leftJoin(manager, eq(manager.id, assignments.managerPersonId))
      .where(and(eq(assignments.personId, sql.placeholder('personId')), eq(assignments.planYearId, sql.placeholder('planYearId'))))
      .prepare(),
    activities: db
      .select({ activity: activities, contribution: assignmentActivities.contribution, planStatus: actionPlans.status, planUnit: orgUnits.name, ownerGiven: owner.givenName, ownerFamily: owner.familyName })
      .from(assignmentActivities)
      .innerJoin(activities, eq(activities.id, assignmentActivities.activityId))
      .innerJoin(actionPlans, eq(actionPlans.id, activities.planId))
      .innerJoin(orgUnits, eq(orgUnits.id, actionPlans.unitId))
      .leftJoin(owner, eq(owner.id, activities.ownerPersonId))
      .where(eq(assignmentActivities.assignmentId, sql.placeholder('assignmentId')))
      .orderBy(activities.sortOrder)
      .prepare(),
    links: db
      .select({ activityId: activityGoals.activityId, goalId: activityGoals.goalId })
      .from(activityGoals)
      .innerJoin(assignmentActivities, eq(assignmentActivities.activityId, activityGoals.activityId))
      .where(eq(assignmentActivities.assignmentId, sql.placeholder('assignmentId')))
      .prepare(),
  };
});

/**
 * "Min styrkedja": the signed-in person's own line of sight, from the vision down to their own
 * assignment. Only the viewer's own assignment is read; everything above it is public within the
 * municipality. Bounded by the handful of activities one assignment links to.
 */
export async function getMyLineOfSight(db: Db, viewer: Viewer): Promise<LineOfSight> {
  const { year, ...municipal } = municipalViews.read(db, String(viewer.municipalityId), () => municipalPart(db, viewer.municipalityId));
  const base = { ...municipal, canWriteAssignment: currentEmployment(db, viewer.personId) !== undefined, year: year?.year ?? null };
  if (!year) return { ...base, councilGoals: [], boardGoals: [], administrationGoals: [], plan: null, activities: [], assignment: null };

  const own = ownQueries(db);
  const assignment = own.assignment.get({ personId: viewer.personId, planYearId: year.id });

  if (!assignment) {
    const councilGoals = chainViews.read(db, `${viewer.municipalityId}:council:${year.id}`, () => loadGoalSummaries(db, councilGoalIds(db, year.id), new Map()));
    return { ...base, councilGoals, boardGoals: [], administrationGoals: [], plan: null, activities: [], assignment: null };
  }

  const activityRows = own.activities.all({ assignmentId: assignment.a.id });
  const links = activityRows.length ? own.links.all({ assignmentId: assignment.a.id }) : [];

  const linkedGoalIds = [...new Set(links.map((l) => l.goalId))].sort((a, b) => a - b);
  const chain = chainViews.read(db, `${viewer.municipalityId}:goals:${linkedGoalIds.join(',')}`, () => {
    const parents = goalChainUpwards(db, linkedGoalIds);
    return loadGoalSummaries(db, [...parents.keys()], parents);
  });
  const first = activityRows[0];

  return {
    ...base,
    councilGoals: chain.filter((g) => g.level === 'council'),
    boardGoals: chain.filter((g) => g.level === 'board'),
    administrationGoals: chain.filter((g) => g.level === 'administration'),
    plan: first ? { unitName: first.planUnit, status: first.planStatus } : null,
    activities: activityRows.map((r) => ({
      id: r.activity.id,
      title: r.activity.title,
      expectedResult: r.activity.expectedResult,
      startDate: r.activity.startDate,
      endDate: r.activity.endDate,
      status: r.activity.status,
      ownerName: r.ownerGiven ? `${r.ownerGiven} ${r.ownerFamily}` : null,
      contribution: r.contribution,
      goalIds: links.filter((l) => l.activityId === r.activity.id).map((l) => l.goalId),
    })),
    assignment: {
      id: assignment.a.id,
      description: assignment.a.description,
      status: assignment.a.status,
      managerName: assignment.managerGiven ? `${assignment.managerGiven} ${assignment.managerFamily}` : null,
      managerConfirmedAt: assignment.a.managerConfirmedAt,
      unitName: assignment.unitName,
    },
  };
}
