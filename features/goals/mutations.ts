import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/connection';
import { decisions, goalLinks, goals, guidingValues, indicators, orgUnits, planYears, visions } from '@/db/schema';
import { ForbiddenError, NotFoundError, RuleError } from '@/lib/errors';
import { ownMunicipality, canRecordBoardGoals, canRecordCouncilGoals, type Viewer } from '@/lib/permissions';
import type { BoardGoalInput, CouncilGoalInput, IndicatorInput, VisionInput } from '@/features/goals/validation';
import { writeAudit } from '@/lib/audit/write-audit';
import { boardScope, canWriteGoal, currentVision, openPlanYear } from './scope';

/** The goal being edited, in the viewer's municipality and in an open year, or an error. */
function existingGoal(tx: Tx, viewer: Viewer, goalId: number) {
  const row = tx.select({ goal: goals, municipalityId: planYears.municipalityId, yearStatus: planYears.status }).from(goals).innerJoin(planYears, eq(planYears.id, goals.planYearId)).where(eq(goals.id, goalId)).get();
  if (!row || row.municipalityId !== viewer.municipalityId) throw new NotFoundError('Målet');
  if (row.yearStatus !== 'open') throw new RuleError('goals.errors.yearClosed');
  return { ...row.goal, municipalityId: row.municipalityId };
}

function assertCodeFree(tx: Tx, planYearId: number, ownerUnitId: number, code: string, exceptGoalId?: number) {
  const clash = tx
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.planYearId, planYearId), eq(goals.ownerUnitId, ownerUnitId), eq(goals.code, code), exceptGoalId ? ne(goals.id, exceptGoalId) : undefined))
    .get();
  if (clash) throw new RuleError('goals.validation.codeTaken', 'code');
}

/**
 * A decision row is shared by every goal adopted at the same meeting, so an edit never changes
 * it in place: a different date or § becomes a decision of its own.
 */
function decisionFor(tx: Tx, bodyUnitId: number, current: number | null, d: { decidedOn: string; paragraph: string }, title: string): number {
  if (current !== null) {
    const old = tx.select().from(decisions).where(eq(decisions.id, current)).get();
    if (old && old.bodyUnitId === bodyUnitId && old.decidedOn === d.decidedOn && old.paragraph === d.paragraph) return current;
  }
  return tx.insert(decisions).values({ bodyUnitId, decidedOn: d.decidedOn, paragraph: d.paragraph, title }).returning({ id: decisions.id }).get().id;
}

function councilOf(tx: Tx, municipalityId: number): number {
  const council = tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, municipalityId), eq(orgUnits.kind, 'council')))
    .get();
  if (!council) throw new NotFoundError('Kommunfullmäktige');
  return council.id;
}

export function saveCouncilGoal(db: Db, viewer: Viewer, input: CouncilGoalInput): number {
  if (!canRecordCouncilGoals(viewer, ownMunicipality(viewer))) throw new ForbiddenError();
  const id = db.transaction((tx) => {
    const councilId = councilOf(tx, viewer.municipalityId);
    const fields = { code: input.code, title: input.title, description: input.description, status: input.status };
    if (input.goalId) {
      const goal = existingGoal(tx, viewer, input.goalId);
      if (goal.level !== 'council') throw new NotFoundError('Målet');
      assertCodeFree(tx, goal.planYearId, goal.ownerUnitId, input.code, goal.id);
      const decisionId = decisionFor(tx, councilId, goal.decisionId, input, `${input.code} ${input.title}`);
      tx.update(goals)
        .set({ ...fields, decisionId })
        .where(eq(goals.id, goal.id))
        .run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'goal.update', objectType: 'goal', objectId: goal.id, detail: { before: { code: goal.code, title: goal.title, status: goal.status, decisionId: goal.decisionId }, after: { ...fields, decisionId } } });
      return goal.id;
    }
    openPlanYear(tx, viewer.municipalityId, input.planYearId);
    assertCodeFree(tx, input.planYearId, councilId, input.code);
    const decisionId = decisionFor(tx, councilId, null, input, `${input.code} ${input.title}`);
    const goalId = tx
      .insert(goals)
      .values({ ...fields, planYearId: input.planYearId, level: 'council', ownerUnitId: councilId, responsiblePersonId: viewer.personId, decisionId })
      .returning({ id: goals.id })
      .get().id;
    writeAudit(tx, { actorPersonId: viewer.personId, action: 'goal.create', objectType: 'goal', objectId: goalId, detail: { level: 'council', ...fields, decisionId } });
    return goalId;
  });
  return id;
}

export function saveBoardGoal(db: Db, viewer: Viewer, input: BoardGoalInput): number {
  const scope = boardScope(db, viewer.municipalityId, input.boardId);
  // A director of another administration may post any board id: the rule is checked here, not in the form.
  if (!canRecordBoardGoals(viewer, scope)) throw new ForbiddenError();
  const ownerUnitId = input.level === 'board' ? scope.boardId : scope.administrationId;
  const id = db.transaction((tx) => {
    const fields = { code: input.code, title: input.title, description: input.description, status: input.status };
    const goal = input.goalId ? existingGoal(tx, viewer, input.goalId) : null;
    if (goal && (goal.level !== input.level || goal.ownerUnitId !== ownerUnitId)) throw new NotFoundError('Målet');
    const planYearId = goal?.planYearId ?? openPlanYear(tx, viewer.municipalityId, input.planYearId).id;

    // Every parent must be one level up, in the same year, and for an administration goal its own board's.
    const parents = tx.select({ id: goals.id, level: goals.level, planYearId: goals.planYearId, ownerUnitId: goals.ownerUnitId }).from(goals).where(inArray(goals.id, input.parentIds)).all();
    const parentLevel = input.level === 'board' ? 'council' : 'board';
    const valid = parents.length === new Set(input.parentIds).size && parents.every((p) => p.level === parentLevel && p.planYearId === planYearId && (parentLevel === 'council' || p.ownerUnitId === scope.boardId));
    if (!valid) throw new RuleError('goals.validation.parentOutOfScope', 'parentIds');

    assertCodeFree(tx, planYearId, ownerUnitId, input.code, goal?.id);
    const decisionId = input.decision ? decisionFor(tx, scope.boardId, goal?.decisionId ?? null, input.decision, `${input.code} ${input.title}`) : (goal?.decisionId ?? null);
    let goalId: number;
    if (goal) {
      goalId = goal.id;
      tx.update(goals)
        .set({ ...fields, decisionId })
        .where(eq(goals.id, goalId))
        .run();
      tx.delete(goalLinks).where(eq(goalLinks.goalId, goalId)).run();
    } else {
      goalId = tx
        .insert(goals)
        .values({ ...fields, planYearId, level: input.level, ownerUnitId, responsiblePersonId: viewer.personId, decisionId })
        .returning({ id: goals.id })
        .get().id;
    }
    tx.insert(goalLinks)
      .values([...new Set(input.parentIds)].map((p) => ({ goalId, contributesToGoalId: p })))
      .run();
    writeAudit(tx, {
      actorPersonId: viewer.personId,
      action: goal ? 'goal.update' : 'goal.create',
      objectType: 'goal',
      objectId: goalId,
      detail: { level: input.level, ownerUnitId, ...fields, decisionId, parentIds: input.parentIds, ...(goal ? { before: { code: goal.code, title: goal.title, status: goal.status } } : {}) },
    });
    return goalId;
  });
  return id;
}

export function saveIndicator(db: Db, viewer: Viewer, input: IndicatorInput): number {
  return db.transaction((tx) => {
    const goal = existingGoal(tx, viewer, input.goalId);
    if (!canWriteGoal(db, viewer, goal)) throw new ForbiddenError();
    const fields = { name: input.name, unit: input.unit, baseline: input.baseline, baselineYear: input.baselineYear, target: input.target, direction: input.direction, source: input.source, koladaKpiId: input.koladaKpiId };
    if (input.indicatorId) {
      const old = tx
        .select()
        .from(indicators)
        .where(and(eq(indicators.id, input.indicatorId), eq(indicators.goalId, goal.id)))
        .get();
      if (!old) throw new NotFoundError('Indikatorn');
      tx.update(indicators).set(fields).where(eq(indicators.id, old.id)).run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'indicator.update', objectType: 'indicator', objectId: old.id, detail: { goalId: goal.id, before: { ...old, id: undefined }, after: fields } });
      return old.id;
    }
    const count = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.goalId, goal.id)).all().length;
    const indicatorId = tx
      .insert(indicators)
      .values({ ...fields, goalId: goal.id, sortOrder: count })
      .returning({ id: indicators.id })
      .get().id;
    writeAudit(tx, { actorPersonId: viewer.personId, action: 'indicator.create', objectType: 'indicator', objectId: indicatorId, detail: { goalId: goal.id, ...fields } });
    return indicatorId;
  });
}

/** Rewords the current vision and its ledord and adds new ones; the audit row keeps the earlier wording. */
export function saveVision(db: Db, viewer: Viewer, input: VisionInput): void {
  if (!canRecordCouncilGoals(viewer, ownMunicipality(viewer))) throw new ForbiddenError();
  db.transaction((tx) => {
    const vision = currentVision(tx, viewer.municipalityId);
    const before = tx.select().from(guidingValues).where(eq(guidingValues.visionId, vision.id)).all();
    tx.update(visions).set({ statement: input.statement, description: input.description }).where(eq(visions.id, vision.id)).run();
    let sortOrder = Math.max(-1, ...before.map((v) => v.sortOrder));
    for (const value of input.values) {
      if (value.id === null) {
        tx.insert(guidingValues).values({ visionId: vision.id, name: value.name, description: value.description, sortOrder: ++sortOrder }).run();
        continue;
      }
      // A ledord of another vision (or municipality) is as unknown as a missing one.
      if (!before.some((b) => b.id === value.id)) throw new NotFoundError('Ledordet');
      tx.update(guidingValues).set({ name: value.name, description: value.description }).where(eq(guidingValues.id, value.id)).run();
    }
    writeAudit(tx, {
      actorPersonId: viewer.personId,
      action: 'vision.update',
      objectType: 'vision',
      objectId: vision.id,
      detail: { before: { statement: vision.statement, description: vision.description, values: before.map((b) => ({ id: b.id, name: b.name, description: b.description })) }, after: input },
    });
  });
}
