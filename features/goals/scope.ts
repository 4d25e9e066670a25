import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { orgUnits, planYears, visions } from '@/db/schema';
import type { GoalLevel } from '@/lib/domain/goals';
import { NotFoundError, RuleError } from '@/lib/errors';
import { canRecordBoardGoals, canRecordCouncilGoals, type Viewer } from '@/lib/permissions';
import { boardServedBy } from '@/features/organisation/scope';

/** A board and the administration that serves it: the pair a board-level write is scoped to. */
export interface BoardScope {
  municipalityId: number;
  boardId: number;
  administrationId: number;
  boardName: string;
  administrationName: string;
}

/** The boards (KS included) of the municipality, each with the administration serving it. */
export function boardScopes(db: Db, municipalityId: number): BoardScope[] {
  const boards = db
    .select({ id: orgUnits.id, name: orgUnits.name, servedBy: orgUnits.servedByUnitId })
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, municipalityId), inArray(orgUnits.kind, ['board', 'executive_board'])))
    .orderBy(orgUnits.sortOrder, orgUnits.name)
    .all();
  const adminIds = boards.map((b) => b.servedBy).filter((id): id is number => id !== null);
  const names = new Map(
    adminIds.length
      ? db
          .select({ id: orgUnits.id, name: orgUnits.name })
          .from(orgUnits)
          .where(inArray(orgUnits.id, adminIds))
          .all()
          .map((a) => [a.id, a.name])
      : [],
  );
  return boards.flatMap((b) => (b.servedBy !== null ? [{ municipalityId, boardId: b.id, administrationId: b.servedBy, boardName: b.name, administrationName: names.get(b.servedBy) ?? '' }] : []));
}

export function boardScope(db: Db, municipalityId: number, boardId: number): BoardScope {
  const scope = boardScopes(db, municipalityId).find((s) => s.boardId === boardId);
  if (!scope) throw new NotFoundError('Nämnden');
  return scope;
}

/** Who may change a goal depends on its level: KF's goals belong to the municipal office, the rest to their board's scope. */
export function canWriteGoal(db: Db, viewer: Viewer, goal: { municipalityId: number; level: GoalLevel; ownerUnitId: number }): boolean {
  if (goal.level === 'council') return canRecordCouncilGoals(viewer, goal);
  const boardId = goal.level === 'board' ? goal.ownerUnitId : boardServedBy(db, goal.ownerUnitId);
  if (boardId === undefined) return canRecordCouncilGoals(viewer, goal);
  const administrationId = goal.level === 'administration' ? goal.ownerUnitId : (db.select({ s: orgUnits.servedByUnitId }).from(orgUnits).where(eq(orgUnits.id, boardId)).get()?.s ?? -1);
  return canRecordBoardGoals(viewer, { municipalityId: goal.municipalityId, boardId, administrationId });
}

/** A plan year of the viewer's municipality that is still open; a closed year is history. */
export function openPlanYear(db: Pick<Db, 'select'>, municipalityId: number, planYearId: number) {
  const year = db.select().from(planYears).where(eq(planYears.id, planYearId)).get();
  if (!year || year.municipalityId !== municipalityId) throw new NotFoundError('Planåret');
  if (year.status !== 'open') throw new RuleError('goals.errors.yearClosed');
  return year;
}

/** The municipality's vision in force: the one the office rewords, and the form shows. */
export function currentVision(db: Pick<Db, 'select'>, municipalityId: number) {
  const vision = db
    .select()
    .from(visions)
    .where(and(eq(visions.municipalityId, municipalityId), isNull(visions.validToYear)))
    .get();
  if (!vision) throw new NotFoundError('Visionen');
  return vision;
}
