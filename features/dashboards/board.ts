import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { goalLinks, goals, orgUnits } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { trendOf } from '@/features/dashboards/trend';
import { mostAtRisk } from '@/features/dashboards/unit-risk';
import { dashboardPeriods, loadRollups, ruleSettings } from './data';
import { loadGoalSummaries } from '@/features/goals/details';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import { ReadCache } from '@/lib/cache/read-cache';
import { parseId } from '@/lib/ids';
import { unitStatusCounts } from '@/features/rollup/unit-figures';

const BOARD_KINDS = ['board', 'executive_board'] as const;
/** The unit table of one administration goal stays readable and small even at 3,000 units. */
const MAX_UNITS = 100;

/** The boards (and KS) of the viewer's municipality, for the index. Results are public: anyone signed in reads them. */
export async function getDashboardIndex(db: Db, viewer: Viewer) {
  const boards = db
    .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName, kind: orgUnits.kind })
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, viewer.municipalityId), inArray(orgUnits.kind, [...BOARD_KINDS]), isNull(orgUnits.closedAt)))
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.name))
    .all();
  return { boards, year: dashboardPeriods(db, viewer.municipalityId)?.year ?? null };
}

/** Only the board's name, for the page title; the same checks as the dashboard itself. */
export async function getBoardName(db: Db, viewer: Viewer, rawId: string): Promise<string> {
  const id = parseId(rawId);
  const board = id === null ? undefined : findBoard(db, id, viewer.municipalityId);
  if (!board) throw new NotFoundError('Nämnden');
  return board.name;
}

function findBoard(db: Db, id: number, municipalityId: number) {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName, servedByUnitId: orgUnits.servedByUnitId })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.municipalityId, municipalityId), inArray(orgUnits.kind, [...BOARD_KINDS])))
    .get();
}

/**
 * A board's continuous dashboard: its goals of the current plan year with the proposal of the
 * latest passed period and the latest own assessment, the monthly trend, indicators, and below
 * each goal the administration's goals. Everything comes from goal_rollups and a few indexed
 * lookups; only the one administration goal the reader opened is counted live per unit.
 */
export async function getBoardDashboard(db: Db, viewer: Viewer, raw: { boardId: string; openGoalId: string | undefined }): Promise<BoardDashboard> {
  // Results are public within the municipality: every signed-in reader gets the same view. Which
  // periods have passed depends on the date, so the date is part of the key.
  const id = parseId(raw.boardId);
  if (id === null) throw new NotFoundError('Nämnden');
  const openId = parseId(raw.openGoalId);
  return boardViews.read(db, `${viewer.municipalityId}:${todayInStockholm()}:${id}:${openId ?? ''}`, () => buildBoardDashboard(db, viewer.municipalityId, id, openId));
}

type BoardDashboard = ReturnType<typeof buildBoardDashboard>;
/** Kept until anything is written: each board's view is read by its members, officials and the council. */
const boardViews = new ReadCache<BoardDashboard>(200);

function buildBoardDashboard(db: Db, municipalityId: number, id: number, openId: number | null) {
  const board = findBoard(db, id, municipalityId);
  if (!board) throw new NotFoundError('Nämnden');
  const periods = dashboardPeriods(db, municipalityId);
  if (!periods) throw new NotFoundError('Planåret');

  const boardGoalIds = db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.ownerUnitId, board.id), eq(goals.planYearId, periods.year.id), eq(goals.level, 'board')))
    .all()
    .map((g) => g.id);
  const links = boardGoalIds.length ? db.select().from(goalLinks).where(inArray(goalLinks.contributesToGoalId, boardGoalIds)).all() : [];
  const childIds = [...new Set(links.map((l) => l.goalId))];
  const parents = new Map<number, number[]>();
  for (const l of links) parents.set(l.goalId, [...(parents.get(l.goalId) ?? []), l.contributesToGoalId]);
  const summaries = loadGoalSummaries(db, [...boardGoalIds, ...childIds], parents);
  const byId = new Map(summaries.map((s) => [s.id, s]));

  const current = periods.current;
  const rollups = loadRollups(db, [...boardGoalIds, ...childIds], [...new Set([...periods.trend.map((p) => p.id), ...(current ? [current.id] : [])])]);

  const boardGoals = summaries
    .filter((s) => boardGoalIds.includes(s.id))
    .map((summary) => ({
      summary,
      current: rollups.get(summary.id, current?.id),
      trend: trendOf(periods.trend, rollups.countsByPeriod(summary.id)),
      administrationGoals: links
        .filter((l) => l.contributesToGoalId === summary.id)
        .map((l) => byId.get(l.goalId))
        .filter((g) => g !== undefined)
        .map((g) => ({ summary: g, current: rollups.get(g.id, current?.id) })),
    }));

  const openGoal = openId !== null && childIds.includes(openId) ? byId.get(openId) : undefined;

  return {
    board,
    year: periods.year,
    period: current,
    settings: ruleSettings(db, municipalityId),
    goals: boardGoals,
    open: openGoal ? { goal: openGoal, ...unitBreakdown(db, openGoal.id, periods.year, current?.periodEnd ?? todayInStockholm()) } : null,
  };
}

/**
 * Per unit, how the activities of its plan in force serving one administration goal stood at the
 * end of the period the dashboard shows: the goal's own figures split by unit, so the units add up
 * to the goal's row (features/rollup/unit-figures.ts). Activity statuses are the unit's APT
 * figures, not any one person's talk, so no small-group rule is needed here.
 */
function unitBreakdown(db: Db, goalId: number, year: { id: number; year: number }, periodEnd: string) {
  const units = [...unitStatusCounts(db, { goalId, planYearId: year.id, year: year.year, periodEnd })].map(([unitId, counts]) => ({ unitId, counts }));
  const { shown, rest } = mostAtRisk(units, MAX_UNITS);
  const names = shown.length
    ? new Map(
        db
          .select({ id: orgUnits.id, name: orgUnits.name })
          .from(orgUnits)
          .where(
            inArray(
              orgUnits.id,
              shown.map((u) => u.unitId),
            ),
          )
          .all()
          .map((u) => [u.id, u.name]),
      )
    : new Map<number, string>();
  return { units: shown.map((u) => ({ ...u, name: names.get(u.unitId) ?? '' })), rest, unitCount: units.length };
}
