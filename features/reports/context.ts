import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { actionPlans, activities, activityGoals, decisions, followUpPeriods, goalLinks, goals, orgUnits, planYears, reports } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import type { ReportScope } from '@/features/reports/permissions';
import type { Conn } from '@/features/reports/build-snapshot';
import { planInForce } from '@/features/plans/in-force';

/**
 * The facts about one report (a body and a report period) that the rules decide on. A report's
 * row is created with its first assessment; until then it is a draft that exists only in name.
 */
export interface ReportContext {
  period: { id: number; kind: 'interim' | 'annual'; name: string; periodEnd: string; planYearId: number; year: number; unitDeadline: string; administrationDeadline: string; boardDeadline: string };
  body: { id: number; name: string; kind: 'council' | 'executive_board' | 'board' };
  /** The administration serving a board; null for the compiled report. */
  administration: { id: number; name: string } | null;
  executiveBoardId: number;
  report: typeof reports.$inferSelect | null;
  scope: ReportScope;
}

export function loadReportContext(db: Conn, municipalityId: number, periodId: number, bodyId: number): ReportContext {
  const period = db
    .select({
      id: followUpPeriods.id,
      kind: followUpPeriods.kind,
      name: followUpPeriods.name,
      periodEnd: followUpPeriods.periodEnd,
      planYearId: followUpPeriods.planYearId,
      year: planYears.year,
      unitDeadline: followUpPeriods.unitDeadline,
      administrationDeadline: followUpPeriods.administrationDeadline,
      boardDeadline: followUpPeriods.boardDeadline,
    })
    .from(followUpPeriods)
    .innerJoin(planYears, eq(planYears.id, followUpPeriods.planYearId))
    .where(and(eq(followUpPeriods.id, periodId), eq(planYears.municipalityId, municipalityId)))
    .get();
  if (!period || period.kind === 'monthly') throw new NotFoundError('Rapporten');
  const body = db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, servedBy: orgUnits.servedByUnitId })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, bodyId), eq(orgUnits.municipalityId, municipalityId)))
    .get();
  if (!body || (body.kind !== 'council' && body.kind !== 'board' && body.kind !== 'executive_board')) throw new NotFoundError('Rapporten');
  const ks = db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, municipalityId), eq(orgUnits.kind, 'executive_board')))
    .get();
  const administration = body.kind !== 'council' && body.servedBy ? (db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, body.servedBy)).get() ?? null) : null;
  const report =
    db
      .select()
      .from(reports)
      .where(and(eq(reports.periodId, period.id), eq(reports.orgUnitId, body.id)))
      .get() ?? null;
  const scope: ReportScope = {
    municipalityId,
    kind: body.kind === 'council' ? 'compiled' : 'board',
    bodyId: body.id,
    administrationId: administration?.id ?? null,
    executiveBoardId: ks?.id ?? -1,
    status: report?.status ?? 'draft',
  };
  return { period: period as ReportContext['period'], body: { id: body.id, name: body.name, kind: body.kind }, administration, executiveBoardId: scope.executiveBoardId, report, scope };
}

/** The report's row, created as a draft when the first assessment or step needs it. */
export function ensureReportRow(tx: Conn, periodId: number, orgUnitId: number) {
  tx.insert(reports).values({ periodId, orgUnitId, status: 'draft' }).onConflictDoNothing().run();
  return tx
    .select()
    .from(reports)
    .where(and(eq(reports.periodId, periodId), eq(reports.orgUnitId, orgUnitId)))
    .get()!;
}

type GoalRow = { id: number; code: string; title: string; ownerUnitId: number };
const goalCols = { id: goals.id, code: goals.code, title: goals.title, ownerUnitId: goals.ownerUnitId };

/** The goals a report assesses: the body's own, and for a board its administration's goals under them. */
export function reportGoals(db: Conn, ctx: ReportContext): { own: GoalRow[]; administration: (GoalRow & { boardGoalIds: number[] })[] } {
  const level = ctx.scope.kind === 'compiled' ? 'council' : 'board';
  const own = db
    .select(goalCols)
    .from(goals)
    .where(and(eq(goals.planYearId, ctx.period.planYearId), eq(goals.level, level), eq(goals.ownerUnitId, ctx.body.id)))
    .orderBy(asc(goals.sortOrder), asc(goals.code))
    .all();
  if (ctx.scope.kind === 'compiled' || !ctx.administration || own.length === 0) return { own, administration: [] };
  const links = db
    .select()
    .from(goalLinks)
    .where(
      inArray(
        goalLinks.contributesToGoalId,
        own.map((g) => g.id),
      ),
    )
    .all();
  const ids = [...new Set(links.map((l) => l.goalId))];
  const admin = ids.length
    ? db
        .select(goalCols)
        .from(goals)
        .where(and(inArray(goals.id, ids), eq(goals.level, 'administration'), eq(goals.ownerUnitId, ctx.administration.id)))
        .orderBy(asc(goals.sortOrder), asc(goals.code))
        .all()
    : [];
  return { own, administration: admin.map((g) => ({ ...g, boardGoalIds: links.filter((l) => l.goalId === g.id).map((l) => l.contributesToGoalId) })) };
}

/** Per administration goal: the units whose action plan this year has an activity serving it. */
export function contributingUnits(db: Conn, planYearId: number, goalIds: number[]): Map<number, { id: number; name: string }[]> {
  const rows = goalIds.length
    ? db
        .selectDistinct({ goalId: activityGoals.goalId, unitId: orgUnits.id, name: orgUnits.name })
        .from(activityGoals)
        .innerJoin(activities, eq(activities.id, activityGoals.activityId))
        .innerJoin(actionPlans, eq(actionPlans.id, activities.planId))
        .innerJoin(orgUnits, eq(orgUnits.id, actionPlans.unitId))
        .where(and(inArray(activityGoals.goalId, goalIds), eq(actionPlans.planYearId, planYearId), planInForce))
        .orderBy(asc(orgUnits.name))
        .all()
    : [];
  const map = new Map<number, { id: number; name: string }[]>();
  for (const r of rows) (map.get(r.goalId) ?? map.set(r.goalId, []).get(r.goalId)!).push({ id: r.unitId, name: r.name });
  return map;
}

/** The units the viewer manages (unit_manager roles). */
export const managedUnitIds = (viewer: Viewer) => viewer.roles.filter((r) => r.role === 'unit_manager' && r.orgUnitId !== null).map((r) => r.orgUnitId!);

export function decisionOf(db: Conn, decisionId: number | null) {
  if (decisionId === null) return null;
  return db.select({ decidedOn: decisions.decidedOn, paragraph: decisions.paragraph, title: decisions.title, body: orgUnits.name }).from(decisions).innerJoin(orgUnits, eq(orgUnits.id, decisions.bodyUnitId)).where(eq(decisions.id, decisionId)).get() ?? null;
}
