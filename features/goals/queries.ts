import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { decisions, followUpPeriods, goalLinks, goals, guidingValues, indicatorValues, indicators, planYears } from '@/db/schema';
import type { GoalLevel } from '@/lib/domain/goals';
import { NotFoundError } from '@/lib/errors';
import { ownMunicipality, canRecordBoardGoals, canRecordCouncilGoals, type Viewer } from '@/lib/permissions';
import { contributionCounts } from './contributions';
import { linkedActivities } from './activities';
import { goalChainUpwards, loadGoalSummaries } from './details';
import { boardScopes, canWriteGoal, currentVision, type BoardScope } from './scope';
import { koladaComparisonsFor } from '@/features/kolada/queries';
import { currentPlanYear } from '@/features/plan-years/current';
import { parseId } from '@/lib/ids';
import type { Db } from '@/db/connection';

const ACTIVITIES_PER_PAGE = 50;

/** The goals one level up that a goal of this level and scope may contribute to, in the same year. */
function parentOptions(db: Db, level: GoalLevel, planYearId: number, scope: BoardScope | undefined) {
  if (level === 'council') return [];
  const where = level === 'board' ? and(eq(goals.planYearId, planYearId), eq(goals.level, 'council')) : and(eq(goals.planYearId, planYearId), eq(goals.level, 'board'), eq(goals.ownerUnitId, scope?.boardId ?? -1));
  return db.select({ id: goals.id, code: goals.code, title: goals.title }).from(goals).where(where).orderBy(goals.sortOrder, goals.code).all();
}

function scopeOfGoal(db: Db, viewer: Viewer, goal: { level: GoalLevel; ownerUnitId: number }) {
  return boardScopes(db, viewer.municipalityId).find((s) => (goal.level === 'board' ? s.boardId : s.administrationId) === goal.ownerUnitId);
}

/** One goal with everything about it: decision, indicators per period, links both ways, activities (paged). */
export async function getGoalPage(db: Db, viewer: Viewer, input: { id: string; page: number }) {
  const id = parseId(input.id);
  if (id === null) throw new NotFoundError('Målet');
  const row = db.select({ goal: goals, year: planYears.year, yearStatus: planYears.status, municipalityId: planYears.municipalityId }).from(goals).innerJoin(planYears, eq(planYears.id, goals.planYearId)).where(eq(goals.id, id)).get();
  // Another municipality's goal is as unknown as a missing one.
  if (!row || row.municipalityId !== viewer.municipalityId) throw new NotFoundError('Målet');
  const goal = { ...row.goal, municipalityId: row.municipalityId };

  const [summary] = loadGoalSummaries(db, [id], goalChainUpwards(db, [id]));
  const decision = goal.decisionId ? db.select().from(decisions).where(eq(decisions.id, goal.decisionId)).get() : undefined;
  const parentIds = db
    .select({ id: goalLinks.contributesToGoalId })
    .from(goalLinks)
    .where(eq(goalLinks.goalId, id))
    .all()
    .map((r) => r.id);
  const childIds = db
    .select({ id: goalLinks.goalId })
    .from(goalLinks)
    .where(eq(goalLinks.contributesToGoalId, id))
    .all()
    .map((r) => r.id);
  const related =
    parentIds.length + childIds.length
      ? db
          .select({ id: goals.id, code: goals.code, title: goals.title, level: goals.level, status: goals.status })
          .from(goals)
          .where(inArray(goals.id, [...parentIds, ...childIds]))
          .orderBy(goals.sortOrder, goals.code)
          .all()
      : [];

  const indicatorRows = db.select().from(indicators).where(eq(indicators.goalId, id)).orderBy(asc(indicators.sortOrder)).all();
  const values = indicatorRows.length
    ? db
        .select({ indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, periodName: followUpPeriods.name, periodEnd: followUpPeriods.periodEnd })
        .from(indicatorValues)
        .innerJoin(followUpPeriods, eq(followUpPeriods.id, indicatorValues.periodId))
        .where(
          inArray(
            indicatorValues.indicatorId,
            indicatorRows.map((i) => i.id),
          ),
        )
        .orderBy(followUpPeriods.periodEnd)
        .all()
    : [];

  const kolada = koladaComparisonsFor(db, viewer.municipalityId, indicatorRows);

  const pageIndex = Math.max(0, input.page - 1);
  const activityPage = linkedActivities(db, id, { limit: ACTIVITIES_PER_PAGE, offset: pageIndex * ACTIVITIES_PER_PAGE });
  const scope = goal.level === 'council' ? undefined : scopeOfGoal(db, viewer, goal);
  const canEdit = row.yearStatus === 'open' && canWriteGoal(db, viewer, goal);

  return {
    goal: { ...summary!, status: goal.status, year: row.year, yearStatus: row.yearStatus, planYearId: goal.planYearId, carriedFromGoalId: goal.carriedFromGoalId, ownerUnitId: goal.ownerUnitId },
    decision: decision ? { title: decision.title, decidedOn: decision.decidedOn, paragraph: decision.paragraph, body: summary?.decision?.body ?? '' } : null,
    parents: related.filter((g) => parentIds.includes(g.id)),
    children: related.filter((g) => childIds.includes(g.id)),
    indicators: indicatorRows.map((i) => ({ ...i, values: values.filter((v) => v.indicatorId === i.id), kolada: kolada.get(i.id) ?? null })),
    activities: { ...activityPage, page: pageIndex + 1, pages: Math.max(1, Math.ceil(activityPage.total / ACTIVITIES_PER_PAGE)) },
    contribution: contributionCounts(db, goal.planYearId).get(id) ?? { activities: 0, employees: 0 },
    edit: canEdit ? { scope: scope ?? null, parentOptions: parentOptions(db, goal.level, goal.planYearId, scope), parentIds } : null,
  };
}

export type GoalPage = Awaited<ReturnType<typeof getGoalPage>>;

/**
 * What the "new goal" form needs for a level (and, below KF, a board): the open plan year and the
 * goals one level up. Someone without the right to record at that level is told the page does
 * not exist, the same as for a politician who types the address.
 */
export async function getNewGoalForm(db: Db, viewer: Viewer, input: { level: GoalLevel; boardId: number | null }) {
  const { level, boardId } = input;
  const year = currentPlanYear(db, viewer.municipalityId);
  if (!year) throw new NotFoundError('Planåret');
  if (level === 'council') {
    if (!canRecordCouncilGoals(viewer, ownMunicipality(viewer))) throw new NotFoundError('Sidan');
    return { year, level, scope: null, parentOptions: [] };
  }
  const scope = boardScopes(db, viewer.municipalityId).find((s) => s.boardId === boardId);
  if (!scope || !canRecordBoardGoals(viewer, scope)) throw new NotFoundError('Sidan');
  return { year, level, scope, parentOptions: parentOptions(db, level, year.id, scope) };
}

/** The levels and boards the viewer may record goals for, for the links on the cascade page. */
export async function getGoalCreationChoices(db: Db, viewer: Viewer) {
  return { council: canRecordCouncilGoals(viewer, ownMunicipality(viewer)), boards: boardScopes(db, viewer.municipalityId).filter((s) => canRecordBoardGoals(viewer, s)) };
}

/** KF's vision and ledord as the municipal office records them; the form needs the same right. */
export async function getVisionForm(db: Db, viewer: Viewer) {
  if (!canRecordCouncilGoals(viewer, ownMunicipality(viewer))) throw new NotFoundError('Sidan');
  const vision = currentVision(db, viewer.municipalityId);
  const values = db.select().from(guidingValues).where(eq(guidingValues.visionId, vision.id)).orderBy(asc(guidingValues.sortOrder)).all();
  return { statement: vision.statement, description: vision.description, values: values.map((v) => ({ id: v.id, name: v.name, description: v.description })) };
}
