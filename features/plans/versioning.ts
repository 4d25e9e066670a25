import type { ActivityStatus } from '@/lib/domain/activity-statuses';

/** The parts of an activity a plan version owns; ids and the plan they belong to are the database's. */
export interface ActivityContent {
  title: string;
  description: string | null;
  ownerPersonId: number | null;
  startDate: string;
  endDate: string;
  expectedResult: string;
  indicatorId: number | null;
  goalIds: number[];
}

export interface VersionedActivity extends ActivityContent {
  status: ActivityStatus;
  sortOrder: number;
  /** The activity's id in the version copied from: the copy continues it. */
  id?: number;
}

interface PlanVersionSource {
  id: number;
  unitId: number;
  planYearId: number;
  version: number;
}

/**
 * What the next version of an approved plan starts as: a draft with the same activities (their
 * progress and goal links too, so follow-up continues), pointing back to the version it replaces.
 */
export function nextVersion(plan: PlanVersionSource, activities: VersionedActivity[], actorPersonId: number, now: Date) {
  return {
    plan: {
      unitId: plan.unitId,
      planYearId: plan.planYearId,
      version: plan.version + 1,
      supersedesPlanId: plan.id,
      isCurrent: true,
      status: 'draft' as const,
      createdByPersonId: actorPersonId,
      revision: 1,
      updatedAt: now,
    },
    activities: [...activities].sort((a, b) => a.sortOrder - b.sortOrder).map((a, i) => ({ ...a, goalIds: [...new Set(a.goalIds)].sort((x, y) => x - y), sortOrder: i })),
  };
}

type ActivityField = keyof ActivityContent;
export interface FieldChange {
  field: ActivityField;
  before: unknown;
  after: unknown;
}

const FIELDS: ActivityField[] = ['title', 'description', 'ownerPersonId', 'startDate', 'endDate', 'expectedResult', 'indicatorId', 'goalIds'];

/** The fields that differ between two states of an activity, for the plan's trail. Goal order does not count. */
export function activityChanges(before: ActivityContent, after: ActivityContent): FieldChange[] {
  const norm = (field: ActivityField, c: ActivityContent) => (field === 'goalIds' ? [...new Set(c.goalIds)].sort((a, b) => a - b) : c[field]);
  return FIELDS.filter((f) => JSON.stringify(norm(f, before)) !== JSON.stringify(norm(f, after))).map((f) => ({ field: f, before: norm(f, before), after: norm(f, after) }));
}
