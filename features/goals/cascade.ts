import 'server-only';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { goalLinks, goals, guidingValues, orgUnits, planYears, visions } from '@/db/schema';
import type { GoalLevel } from '@/lib/domain/goals';
import { matchesSearch } from '@/features/goals/search';
import { ownMunicipality, canRecordCouncilGoals, canRecordBoardGoals, type Viewer } from '@/lib/permissions';
import { contributionCounts, type Contribution } from './contributions';
import { linkedActivities, unitSubtree, type LinkedActivity } from './activities';
import { loadGoalSummaries, type GoalSummary } from './details';
import { boardScopes } from './scope';
import { administrationOf, boardServedBy, unitChain } from '@/features/organisation/scope';
import { currentPlanYear } from '@/features/plan-years/current';

/** At most this many goals are open at once, and this many activities shown under each. */
const MAX_OPEN = 30;
const ACTIVITIES_SHOWN = 50;

export interface CascadeGoal extends GoalSummary {
  status: 'draft' | 'adopted';
  childIds: number[];
  childCount: number;
  contribution: Contribution;
  activities: { rows: LinkedActivity[]; total: number } | null;
}

interface CascadeFilters {
  year?: number;
  boardId?: number;
  unitId?: number;
  search?: string;
  open: number[];
}

/**
 * "Målkedjan": the vision, the council goals of a year and, for the goals the reader opened, the
 * goals below them and the activities linked to them. A year has a few dozen goals, so their ids
 * and links are read whole; summaries, indicators and activities only for goals on screen.
 */
export async function getGoalCascade(db: Db, viewer: Viewer, filters: CascadeFilters) {
  const years = db.select({ id: planYears.id, year: planYears.year, status: planYears.status }).from(planYears).where(eq(planYears.municipalityId, viewer.municipalityId)).orderBy(desc(planYears.year)).all();
  const year = years.find((y) => y.year === filters.year) ?? currentPlanYear(db, viewer.municipalityId) ?? years[0];
  const vision = db
    .select()
    .from(visions)
    .where(and(eq(visions.municipalityId, viewer.municipalityId), isNull(visions.validToYear)))
    .get();
  const values = vision ? db.select({ name: guidingValues.name, description: guidingValues.description }).from(guidingValues).where(eq(guidingValues.visionId, vision.id)).orderBy(asc(guidingValues.sortOrder)).all() : [];
  const boards = boardScopes(db, viewer.municipalityId);

  // The unit filter narrows to the unit's own administration and board, and its activities to the unit's part of the tree.
  let unitIds: number[] | null = null;
  let boardId = boards.some((b) => b.boardId === filters.boardId) ? filters.boardId : undefined;
  let unitName: string | null = null;
  if (filters.unitId) {
    const chain = unitChain(db, filters.unitId);
    const unit = chain[0];
    const unitMunicipality = unit ? db.select({ m: orgUnits.municipalityId }).from(orgUnits).where(eq(orgUnits.id, unit.id)).get()?.m : undefined;
    const administration = administrationOf(chain);
    if (unit && unitMunicipality === viewer.municipalityId && administration) {
      unitIds = unitSubtree(db, unit.id);
      unitName = unit.name;
      boardId = boardServedBy(db, administration.id) ?? boardId;
    }
  }
  const scope = boards.find((b) => b.boardId === boardId);
  const departments = scope ? db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.parentId, scope.administrationId)).orderBy(orgUnits.sortOrder, orgUnits.name).all() : [];

  const base = { years, year: year ?? null, vision: vision ? { statement: vision.statement, description: vision.description } : null, values, boards, departments, boardId: boardId ?? null, unitId: unitIds ? (filters.unitId ?? null) : null, unitName };
  const canCreate = canRecordCouncilGoals(viewer, ownMunicipality(viewer)) || boards.some((b) => canRecordBoardGoals(viewer, b));
  const canEditVision = canRecordCouncilGoals(viewer, ownMunicipality(viewer));
  if (!year) return { ...base, councilGoals: [] as CascadeGoal[], goalsById: new Map<number, CascadeGoal>(), open: [] as number[], matches: null, canCreate, canEditVision };

  const all = db.select({ id: goals.id, level: goals.level, ownerUnitId: goals.ownerUnitId, code: goals.code, title: goals.title, status: goals.status }).from(goals).where(eq(goals.planYearId, year.id)).all();
  const inScope = (g: { level: GoalLevel; ownerUnitId: number }) => !scope || g.level === 'council' || g.ownerUnitId === (g.level === 'board' ? scope.boardId : scope.administrationId);
  const visibleIds = new Set(all.filter(inScope).map((g) => g.id));
  const links = all.length
    ? db
        .select()
        .from(goalLinks)
        .where(
          inArray(
            goalLinks.goalId,
            all.map((g) => g.id),
          ),
        )
        .all()
    : [];
  const childrenOf = new Map<number, number[]>();
  const parentsOf = new Map<number, number[]>();
  for (const l of links) {
    if (!visibleIds.has(l.goalId)) continue;
    (childrenOf.get(l.contributesToGoalId) ?? childrenOf.set(l.contributesToGoalId, []).get(l.contributesToGoalId)!).push(l.goalId);
    (parentsOf.get(l.goalId) ?? parentsOf.set(l.goalId, []).get(l.goalId)!).push(l.contributesToGoalId);
  }

  // A search opens the way down to every match, so each is seen in its place in the chain.
  const open = new Set(filters.open.filter((id) => visibleIds.has(id)).slice(0, MAX_OPEN));
  let matches: number[] | null = null;
  if (filters.search?.trim()) {
    matches = all.filter((g) => visibleIds.has(g.id) && matchesSearch(filters.search!, g.code, g.title)).map((g) => g.id);
    const stack = [...matches];
    while (stack.length && open.size < MAX_OPEN * 2) {
      for (const p of parentsOf.get(stack.pop()!) ?? []) {
        if (open.has(p)) continue;
        open.add(p);
        stack.push(p);
      }
    }
  }

  const councilIds = all.filter((g) => g.level === 'council').map((g) => g.id);
  const onScreen = new Set(councilIds);
  for (const id of open) for (const c of childrenOf.get(id) ?? []) onScreen.add(c);
  const summaries = loadGoalSummaries(db, [...onScreen], parentsOf);
  const counts = contributionCounts(db, year.id);
  const statusOf = new Map(all.map((g) => [g.id, g.status]));
  const goalsById = new Map<number, CascadeGoal>();
  for (const s of summaries) {
    goalsById.set(s.id, {
      ...s,
      status: statusOf.get(s.id) ?? 'adopted',
      childIds: (childrenOf.get(s.id) ?? []).filter((c) => onScreen.has(c)),
      childCount: childrenOf.get(s.id)?.length ?? 0,
      contribution: counts.get(s.id) ?? { activities: 0, employees: 0 },
      activities: open.has(s.id) && s.level !== 'council' ? linkedActivities(db, s.id, { limit: ACTIVITIES_SHOWN, unitIds }) : null,
    });
  }
  return { ...base, councilGoals: summaries.filter((s) => s.level === 'council').map((s) => goalsById.get(s.id)!), goalsById, open: [...open], matches, canCreate, canEditVision };
}
