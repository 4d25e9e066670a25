import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, activities, activityGoals, assignmentActivities, indicators, planEvents } from '@/db/schema';
import type { PlanEventKind } from '@/lib/domain/plans';
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from '@/lib/errors';
import { canWritePlan, type Viewer } from '@/lib/permissions';
import { nextStatus, type PlanTransition } from '@/features/plans/status';
import { activityChanges, nextVersion, type ActivityContent } from '@/features/plans/versioning';
import type { ActivityInput, ActivityRemoveInput, ActivityUpdateInput, CreatePlanInput, PlanRefInput, ReturnPlanInput } from '@/features/plans/validation';
import { writeAudit } from '@/lib/audit/write-audit';
import { goalChainUpwards } from '@/features/goals/details';
import { goalIdsOfUnitChain, unitFacts } from '@/features/organisation/scope';
import { currentPlanYear } from '@/features/plan-years/current';
import { loadPlan, planRights, unitStaff, type DbLike, type LoadedPlan } from './access';

/**
 * Every change to a plan runs here: one IMMEDIATE transaction (the write lock is taken before the
 * first read, so two saves cannot both read the same revision), the plan's own event and the audit
 * row written with the change, and the revision raised by an UPDATE that names the revision the
 * form saw. A form opened before someone else's save changes nothing and is told so.
 */
function changePlan<T>(db: Db, viewer: Viewer, ref: PlanRefInput, need: 'edit' | 'submit' | 'decide' | 'newVersion', change: (tx: DbLike, plan: LoadedPlan, now: Date) => T): T {
  return db.transaction(
    (tx) => {
      const plan = loadPlan(tx, viewer, ref.planId);
      const rights = planRights(db, viewer, plan);
      // Readers who may not act get "forbidden"; those who may, but not in this status, get the rule.
      const allowedToTry = need === 'decide' ? rights.isDecider : rights.canWrite;
      if (!allowedToTry) throw new ForbiddenError();
      if (plan.revision !== ref.revision) throw new ConflictError();
      // Nothing of a closed plan year changes, whoever asks.
      if (plan.yearClosed) throw new RuleError('plans.errors.yearClosed');
      const allowedNow = { edit: rights.canEdit, submit: rights.canSubmit, decide: rights.canDecide, newVersion: rights.canStartNewVersion }[need];
      if (!allowedNow) throw new RuleError(need === 'newVersion' ? 'plans.errors.notApproved' : 'plans.errors.locked');
      const now = new Date();
      const bumped = tx
        .update(actionPlans)
        .set({ revision: sql`${actionPlans.revision} + 1`, updatedAt: now })
        .where(and(eq(actionPlans.id, plan.id), eq(actionPlans.revision, ref.revision)))
        .run();
      if (bumped.changes !== 1) throw new ConflictError();
      return change(tx, plan, now);
    },
    { behavior: 'immediate' },
  );
}

function recordEvent(tx: DbLike, viewer: Viewer, planId: number, now: Date, kind: PlanEventKind, comment: string | null, detail: Record<string, unknown> | null) {
  tx.insert(planEvents)
    .values({ planId, at: now, actorPersonId: viewer.personId, kind, comment, detail: detail ? JSON.stringify(detail) : null })
    .run();
  writeAudit(tx, { actorPersonId: viewer.personId, action: `plan.${kind}`, objectType: 'action_plan', objectId: planId, detail: { ...(detail ?? {}), ...(comment ? { comment } : {}) } });
}

/** The server's own checks of an activity: goals of the unit's chain only, an owner from the unit, an indicator of a chosen goal's chain. */
function checkActivity(db: Db, tx: DbLike, plan: LoadedPlan, input: ActivityInput): ActivityContent {
  const allowedGoals = new Set(goalIdsOfUnitChain(db, plan.unitId, plan.planYearId));
  if (input.goalIds.some((g) => !allowedGoals.has(g))) throw new RuleError('plans.errors.goalOutsideChain', 'goalIds');
  if (!unitStaff(tx, plan.unitId).includes(input.ownerPersonId)) throw new RuleError('plans.errors.ownerOutsideUnit', 'ownerPersonId');
  if (input.indicatorId !== null) {
    const indicator = tx.select({ goalId: indicators.goalId }).from(indicators).where(eq(indicators.id, input.indicatorId)).get();
    const chain = goalChainUpwards(db, input.goalIds);
    if (!indicator || !chain.has(indicator.goalId)) throw new RuleError('plans.errors.indicatorOutsideGoals', 'indicatorId');
  }
  const goalIds = [...new Set(input.goalIds)].sort((a, b) => a - b);
  return { title: input.title, description: input.description, ownerPersonId: input.ownerPersonId, startDate: input.startDate, endDate: input.endDate, expectedResult: input.expectedResult, indicatorId: input.indicatorId, goalIds };
}

function activityOf(tx: DbLike, planId: number, activityId: number): ActivityContent & { id: number } {
  const row = tx
    .select()
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.planId, planId)))
    .get();
  if (!row) throw new NotFoundError('Aktiviteten');
  const goalIds = tx
    .select({ goalId: activityGoals.goalId })
    .from(activityGoals)
    .where(eq(activityGoals.activityId, activityId))
    .all()
    .map((g) => g.goalId)
    .sort((a, b) => a - b);
  return { id: row.id, title: row.title, description: row.description, ownerPersonId: row.ownerPersonId, startDate: row.startDate, endDate: row.endDate, expectedResult: row.expectedResult, indicatorId: row.indicatorId, goalIds };
}

function activityColumns(c: ActivityContent) {
  return { title: c.title, description: c.description, ownerPersonId: c.ownerPersonId, startDate: c.startDate, endDate: c.endDate, expectedResult: c.expectedResult, indicatorId: c.indicatorId };
}

/** A unit's first plan for the current plan year, written by the unit's own manager. */
export function createPlan(db: Db, viewer: Viewer, input: CreatePlanInput): number {
  const { unitId } = input;
  if (!canWritePlan(viewer, unitFacts(db, unitId))) throw new NotFoundError('Enheten');
  return db.transaction(
    (tx) => {
      const year = currentPlanYear(db, viewer.municipalityId);
      if (!year) throw new RuleError('plans.errors.noPlanYear');
      const existing = tx
        .select({ id: actionPlans.id })
        .from(actionPlans)
        .where(and(eq(actionPlans.unitId, unitId), eq(actionPlans.planYearId, year.id)))
        .get();
      if (existing) throw new RuleError('plans.errors.planExists');
      const now = new Date();
      const plan = tx.insert(actionPlans).values({ unitId, planYearId: year.id, version: 1, isCurrent: true, status: 'draft', createdByPersonId: viewer.personId, revision: 1, updatedAt: now }).returning({ id: actionPlans.id }).get();
      recordEvent(tx, viewer, plan.id, now, 'created', null, { unitId, year: year.year });
      return plan.id;
    },
    { behavior: 'immediate' },
  );
}

/** "Ändra planen": the approved version stays as it is; its successor is a draft with the same activities. */
export function startNewVersion(db: Db, viewer: Viewer, input: PlanRefInput): number {
  return changePlan(db, viewer, input, 'newVersion', (tx, plan, now) => {
    const rows = tx.select().from(activities).where(eq(activities.planId, plan.id)).all();
    const links = rows.length
      ? tx
          .select()
          .from(activityGoals)
          .where(
            inArray(
              activityGoals.activityId,
              rows.map((r) => r.id),
            ),
          )
          .all()
      : [];
    const next = nextVersion(
      plan,
      rows.map((r) => ({ ...r, goalIds: links.filter((l) => l.activityId === r.id).map((l) => l.goalId) })),
      viewer.personId,
      now,
    );
    tx.update(actionPlans).set({ isCurrent: false }).where(eq(actionPlans.id, plan.id)).run();
    const created = tx.insert(actionPlans).values(next.plan).returning({ id: actionPlans.id }).get();
    for (const a of next.activities) {
      // The copy continues the original: its follow-up history and the employees' links follow it.
      const copy = tx
        .insert(activities)
        .values({ ...activityColumns(a), planId: created.id, status: a.status, sortOrder: a.sortOrder, copiedFromActivityId: a.id ?? null })
        .returning({ id: activities.id })
        .get();
      if (a.goalIds.length)
        tx.insert(activityGoals)
          .values(a.goalIds.map((goalId) => ({ activityId: copy.id, goalId })))
          .run();
    }
    recordEvent(tx, viewer, created.id, now, 'new_version', null, { fromPlanId: plan.id, fromVersion: plan.version, version: next.plan.version, activities: next.activities.length });
    return created.id;
  });
}

export function addActivity(db: Db, viewer: Viewer, input: ActivityInput): number {
  return changePlan(db, viewer, input, 'edit', (tx, plan, now) => {
    const content = checkActivity(db, tx, plan, input);
    const last = tx
      .select({ max: sql<number | null>`max(${activities.sortOrder})` })
      .from(activities)
      .where(eq(activities.planId, plan.id))
      .get();
    const created = tx
      .insert(activities)
      .values({ ...activityColumns(content), planId: plan.id, sortOrder: (last?.max ?? -1) + 1 })
      .returning({ id: activities.id })
      .get();
    tx.insert(activityGoals)
      .values(content.goalIds.map((goalId) => ({ activityId: created.id, goalId })))
      .run();
    recordEvent(tx, viewer, plan.id, now, 'activity_added', content.title, { activityId: created.id, after: content });
    return created.id;
  });
}

export function updateActivity(db: Db, viewer: Viewer, input: ActivityUpdateInput): void {
  changePlan(db, viewer, input, 'edit', (tx, plan, now) => {
    const before = activityOf(tx, plan.id, input.activityId);
    const after = checkActivity(db, tx, plan, input);
    const changes = activityChanges(before, after);
    if (changes.length === 0) return;
    tx.update(activities).set(activityColumns(after)).where(eq(activities.id, before.id)).run();
    if (changes.some((c) => c.field === 'goalIds')) {
      tx.delete(activityGoals).where(eq(activityGoals.activityId, before.id)).run();
      tx.insert(activityGoals)
        .values(after.goalIds.map((goalId) => ({ activityId: before.id, goalId })))
        .run();
    }
    recordEvent(tx, viewer, plan.id, now, 'activity_changed', after.title, { activityId: before.id, changes });
  });
}

export function removeActivity(db: Db, viewer: Viewer, input: ActivityRemoveInput): void {
  changePlan(db, viewer, input, 'edit', (tx, plan, now) => {
    const before = activityOf(tx, plan.id, input.activityId);
    // Employees have linked their assignments to it: removing it would silently change them.
    const linked = tx
      .select({ n: sql<number>`count(*)` })
      .from(assignmentActivities)
      .where(eq(assignmentActivities.activityId, before.id))
      .get();
    if ((linked?.n ?? 0) > 0) throw new RuleError('plans.errors.activityInUse');
    tx.delete(activityGoals).where(eq(activityGoals.activityId, before.id)).run();
    tx.delete(activities).where(eq(activities.id, before.id)).run();
    recordEvent(tx, viewer, plan.id, now, 'activity_removed', before.title, { activityId: before.id, before });
  });
}

/**
 * When a new version is approved, the employees' "mitt bidrag" moves from the activities of the
 * version it replaces to their copies, so assignments, Min styrkedja and meetings follow the plan
 * that now applies. Links to an activity the new version dropped stay on the old one, visible.
 */
function moveAssignmentLinks(tx: DbLike, planId: number): number {
  const copies = tx.select({ id: activities.id, from: activities.copiedFromActivityId }).from(activities).where(eq(activities.planId, planId)).all();
  let moved = 0;
  for (const c of copies) {
    if (!c.from) continue;
    // An assignment already linked to the copy keeps that link; the old one is dropped.
    const links = tx.select().from(assignmentActivities).where(eq(assignmentActivities.activityId, c.from)).all();
    for (const link of links) {
      tx.insert(assignmentActivities).values({ assignmentId: link.assignmentId, activityId: c.id, contribution: link.contribution }).onConflictDoNothing().run();
      moved++;
    }
    tx.delete(assignmentActivities).where(eq(assignmentActivities.activityId, c.from)).run();
  }
  return moved;
}

function transition(db: Db, viewer: Viewer, ref: PlanRefInput, kind: PlanTransition, comment: string | null) {
  let movedLinks = 0;
  return changePlan(db, viewer, ref, kind === 'submit' ? 'submit' : 'decide', (tx, plan, now) => {
    const status = nextStatus(plan.status, kind);
    if (!status) throw new RuleError('plans.errors.locked');
    if (kind === 'submit') {
      const count = tx
        .select({ n: sql<number>`count(*)` })
        .from(activities)
        .where(eq(activities.planId, plan.id))
        .get();
      if ((count?.n ?? 0) === 0) throw new RuleError('plans.errors.noActivities');
    }
    const decision = kind === 'submit' ? { submittedAt: now, decidedByPersonId: null, decidedAt: null, decisionComment: null } : { decidedByPersonId: viewer.personId, decidedAt: now, decisionComment: comment };
    tx.update(actionPlans)
      .set({ status, ...decision })
      .where(eq(actionPlans.id, plan.id))
      .run();
    if (kind === 'approve' && plan.supersedesPlanId) movedLinks = moveAssignmentLinks(tx, plan.id);
    const eventKind = ({ submit: 'submitted', approve: 'approved', return: 'returned' } as const)[kind];
    recordEvent(tx, viewer, plan.id, now, eventKind, comment, { from: plan.status, to: status, version: plan.version, ...(movedLinks ? { movedAssignmentLinks: movedLinks } : {}) });
    return plan;
  });
}

export function submitPlan(db: Db, viewer: Viewer, input: PlanRefInput): void {
  transition(db, viewer, input, 'submit', null);
}

/** Approved by a director above the unit (canDecidePlan), never by the plan's own writer. */
export function approvePlan(db: Db, viewer: Viewer, input: PlanRefInput): { planYearId: number } {
  const plan = transition(db, viewer, input, 'approve', null);
  return { planYearId: plan.planYearId };
}

export function returnPlan(db: Db, viewer: Viewer, input: ReturnPlanInput): void {
  transition(db, viewer, input, 'return', input.comment);
}
