import 'server-only';
import { unitFacts } from '@/features/organisation/scope';
import { cache } from 'react';
import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { assessments, followUpPeriods, goalRollups, orgUnits, people, planYears, reports } from '@/db/schema';
import type { Fulfilment } from '@/lib/domain/fulfilment';
import { dayInStockholm, todayInStockholm } from '@/lib/dates/stockholm-time';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { settingsOf } from '@/features/rollup/store';
import { emptyCounts, proposeFulfilment } from '@/features/rollup/rules';
import { unitStatusCounts } from '@/features/rollup/unit-figures';
import { buildBoardSnapshot, buildCompiledSnapshot } from '@/features/reports/build-snapshot';
import { diffSnapshots, type GoalDiff } from '@/features/reports/compare';
import { deadlineState, type DeadlineState } from '@/features/reports/deadlines';
import { canApproveReport, canReadReport, canReturnReport, canSubmitReport, canWriteBodyAssessments, canWriteUnitAssessment } from '@/features/reports/permissions';
import { parseSnapshot, type ReportSnapshot } from '@/features/reports/snapshot';
import { parseId } from '@/lib/ids';
import { contributingUnits, decisionOf, loadReportContext, managedUnitIds, reportGoals, type ReportContext } from './context';

/**
 * The reads behind the report pages, the print page and the exports. Only aggregates and the
 * assessing bodies' own texts leave here.
 */

interface PeriodOption {
  id: number;
  kind: 'interim' | 'annual';
  name: string;
  periodEnd: string;
}

function reportPeriods(db: Db, municipalityId: number): (PeriodOption & { unitDeadline: string; administrationDeadline: string; boardDeadline: string })[] {
  return db
    .select({ id: followUpPeriods.id, kind: followUpPeriods.kind, name: followUpPeriods.name, periodEnd: followUpPeriods.periodEnd, unitDeadline: followUpPeriods.unitDeadline, administrationDeadline: followUpPeriods.administrationDeadline, boardDeadline: followUpPeriods.boardDeadline })
    .from(followUpPeriods)
    .innerJoin(planYears, eq(planYears.id, followUpPeriods.planYearId))
    .where(and(eq(planYears.municipalityId, municipalityId), inArray(followUpPeriods.kind, ['interim', 'annual'])))
    .orderBy(desc(followUpPeriods.periodEnd))
    .all() as (PeriodOption & { unitDeadline: string; administrationDeadline: string; boardDeadline: string })[];
}

interface IndexRow {
  bodyId: number;
  name: string;
  kind: 'council' | 'executive_board' | 'board';
  status: 'draft' | 'submitted' | 'approved';
  started: boolean;
  submission: DeadlineState;
  approval: DeadlineState;
  submittedOn: string | null;
  approvedOn: string | null;
  paragraph: string | null;
  readable: boolean;
}

/** Per report period: each board's report and KS's compiled report, with status and deadlines. */
export async function getReportIndex(db: Db, viewer: Viewer, rawPeriod: string | undefined) {
  const today = todayInStockholm();
  const periods = reportPeriods(db, viewer.municipalityId);
  const wanted = parseId(rawPeriod);
  // By default the report people work on now: the earliest whose board deadline has not passed.
  const period = (wanted !== null ? periods.find((p) => p.id === wanted) : ([...periods].reverse().find((p) => p.boardDeadline >= today) ?? periods[0])) ?? null;
  if (rawPeriod && !period) throw new NotFoundError('Perioden');
  if (!period) return { viewer, today, periods, period: null, rows: [] as IndexRow[] };
  const bodies = db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, viewer.municipalityId), inArray(orgUnits.kind, ['board', 'executive_board', 'council'])))
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.id))
    .all();
  const rows = db.select().from(reports).where(eq(reports.periodId, period.id)).all();
  const byBody = new Map(rows.map((r) => [r.orgUnitId, r]));
  // A unit manager opens a board's draft to write the unit's part, where the unit's plan serves its goals.
  const managed = managedUnitIds(viewer);
  const writesUnitPart = (ctx: ReportContext) => {
    if (managed.length === 0 || ctx.scope.kind === 'compiled' || ctx.scope.status !== 'draft') return false;
    const { administration } = reportGoals(db, ctx);
    const units = contributingUnits(
      db,
      ctx.period.planYearId,
      administration.map((g) => g.id),
    );
    return [...units.values()].some((list) => list.some((u) => managed.includes(u.id)));
  };
  const list: IndexRow[] = bodies.map((b) => {
    const r = byBody.get(b.id);
    const ctx = loadReportContext(db, viewer.municipalityId, period.id, b.id);
    const submittedOn = r?.submittedAt && r.status !== 'draft' ? dayInStockholm(r.submittedAt) : null;
    const approvedOn = r?.approvedAt ? (decisionOf(db, r.decisionId)?.decidedOn ?? dayInStockholm(r.approvedAt)) : null;
    return {
      bodyId: b.id,
      name: b.name,
      kind: b.kind as IndexRow['kind'],
      status: r?.status ?? 'draft',
      started: !!r,
      submission: deadlineState(period.administrationDeadline, today, submittedOn),
      approval: deadlineState(period.boardDeadline, today, approvedOn),
      submittedOn,
      approvedOn,
      paragraph: decisionOf(db, r?.decisionId ?? null)?.paragraph ?? null,
      readable: canReadReport(viewer, ctx.scope) || writesUnitPart(ctx),
    };
  });
  // The compiled report to the council last: it is made of the boards' approved reports.
  list.sort((a, b) => (a.kind === 'council' ? 1 : 0) - (b.kind === 'council' ? 1 : 0));
  return { viewer, today, periods, period, rows: list };
}

interface UnitAssessmentView {
  unitId: number;
  unitName: string;
  fulfilment: Fulfilment;
  forecast: Fulfilment | null;
  analysis: string;
  late: boolean;
}

type RollupRow = typeof goalRollups.$inferSelect;

function rollupsAt(db: Db, goalIds: number[], periodId: number) {
  const rows = goalIds.length
    ? db
        .select()
        .from(goalRollups)
        .where(and(inArray(goalRollups.goalId, goalIds), eq(goalRollups.periodId, periodId)))
        .all()
    : [];
  return new Map<number, RollupRow>(rows.map((r) => [r.goalId, r]));
}

function liveSnapshot(db: Db, ctx: ReportContext, now: Date): ReportSnapshot {
  return ctx.scope.kind === 'compiled' ? buildCompiledSnapshot(db, { councilId: ctx.body.id, periodId: ctx.period.id, decision: null, takenAt: now }) : buildBoardSnapshot(db, { boardId: ctx.body.id, periodId: ctx.period.id, decision: null, takenAt: now });
}

export interface ReportDocument {
  id: number;
  status: 'draft' | 'submitted' | 'approved';
  snapshot: ReportSnapshot;
}

/**
 * One report as a document, for the print page and the exports: an approved report is its stored
 * snapshot (the public record, never rebuilt); a report in preparation is built from the live
 * data. A report the viewer may not read is NotFoundError, like a missing one.
 */
export async function getReportDocument(db: Db, viewer: Viewer, rawId: string, now = new Date()): Promise<ReportDocument> {
  const id = parseId(rawId);
  const row = id === null ? undefined : db.select({ id: reports.id, periodId: reports.periodId, orgUnitId: reports.orgUnitId }).from(reports).where(eq(reports.id, id)).get();
  if (!row) throw new NotFoundError('Rapporten');
  // Loading the context checks that period and body belong to the viewer's municipality.
  const ctx = loadReportContext(db, viewer.municipalityId, row.periodId, row.orgUnitId);
  if (!canReadReport(viewer, ctx.scope) || !ctx.report) throw new NotFoundError('Rapporten');
  if (ctx.report.status === 'approved') {
    if (!ctx.report.snapshot) throw new Error(`approved report ${row.id} has no snapshot`);
    try {
      return { id: row.id, status: 'approved', snapshot: parseSnapshot(ctx.report.snapshot) };
    } catch (err) {
      // A stored record that does not parse is not shown at all rather than shown in part.
      console.error(`Rapport ${row.id}: den beslutade ögonblicksbilden kunde inte läsas`, err);
      throw new NotFoundError('Rapporten');
    }
  }
  return { id: row.id, status: ctx.report.status, snapshot: liveSnapshot(db, ctx, now) };
}

/** The same body's approved report for the report period before this one (interim or annual). */
function previousApproved(db: Db, ctx: ReportContext): ReportSnapshot | null {
  const row = db
    .select({ snapshot: reports.snapshot })
    .from(reports)
    .innerJoin(followUpPeriods, eq(followUpPeriods.id, reports.periodId))
    .where(and(eq(reports.orgUnitId, ctx.body.id), eq(reports.status, 'approved'), inArray(followUpPeriods.kind, ['interim', 'annual']), lt(followUpPeriods.periodEnd, ctx.period.periodEnd)))
    .orderBy(desc(followUpPeriods.periodEnd))
    .get();
  return row?.snapshot ? parseSnapshot(row.snapshot) : null;
}

/**
 * Everything on a report's page. Readers of the report see its preparation (the units' and the
 * administration's assessments beside the proposals) until approval, then the frozen snapshot
 * with its two comparisons. A unit manager whose unit contributes sees the unit's own forms even
 * when the report itself is not theirs to read.
 */
export function getReportPage(db: Db, viewer: Viewer, raw: { periodId: string; bodyId: string }) {
  return reportPage(db, viewer, raw.periodId, raw.bodyId);
}

// Once per request: the page and its title read the same report.
const reportPage = cache(async (db: Db, viewer: Viewer, rawPeriod: string, rawBody: string) => {
  const periodId = parseId(rawPeriod);
  const bodyId = parseId(rawBody);
  if (periodId === null || bodyId === null) throw new NotFoundError('Rapporten');
  const now = new Date();
  const today = todayInStockholm(now);
  const ctx = loadReportContext(db, viewer.municipalityId, periodId, bodyId);
  const readable = canReadReport(viewer, ctx.scope);
  const { own, administration } = reportGoals(db, ctx);
  const units = contributingUnits(
    db,
    ctx.period.planYearId,
    administration.map((g) => g.id),
  );
  const mine = new Set(managedUnitIds(viewer));
  const unitGoals = [...mine].flatMap((unitId) => {
    const goals = administration.filter((g) => (units.get(g.id) ?? []).some((u) => u.id === unitId));
    if (goals.length === 0) return [];
    const name = (units.get(goals[0]!.id) ?? []).find((u) => u.id === unitId)!.name;
    return [{ unitId, name, goals }];
  });
  if (!readable && unitGoals.length === 0) throw new NotFoundError('Rapporten');

  const goalIds = [...own.map((g) => g.id), ...administration.map((g) => g.id)];
  const written = goalIds.length
    ? db
        .select({ goalId: assessments.goalId, unitId: assessments.assessingUnitId, unitName: orgUnits.name, fulfilment: assessments.fulfilment, forecast: assessments.forecast, analysis: assessments.analysis, updatedAt: assessments.updatedAt })
        .from(assessments)
        .innerJoin(orgUnits, eq(orgUnits.id, assessments.assessingUnitId))
        .where(and(eq(assessments.periodId, ctx.period.id), inArray(assessments.goalId, goalIds)))
        .orderBy(asc(orgUnits.name))
        .all()
    : [];
  const find = (goalId: number, unitId: number) => written.find((w) => w.goalId === goalId && w.unitId === unitId) ?? null;
  const rollups = rollupsAt(db, goalIds, ctx.period.id);
  const proposalOf = (goalId: number) => {
    const r = rollups.get(goalId);
    return r ? { proposed: r.proposed, activities: r.activities, counts: { notStarted: r.notStarted, onTrack: r.onTrack, atRisk: r.atRisk, offTrack: r.offTrack, done: r.done }, indicatorProgress: r.indicatorProgress } : null;
  };
  const settings = settingsOf(db, viewer.municipalityId);
  // A unit assesses its own part of a goal: the rule's proposal from its own activities, with the
  // goal's indicators (they are measured for the goal, not per unit).
  const unitProposalOf = (goalId: number, unitId: number) => {
    const counts = unitStatusCounts(db, { goalId, planYearId: ctx.period.planYearId, year: ctx.period.year, periodEnd: ctx.period.periodEnd, unitIds: [unitId] }).get(unitId) ?? emptyCounts();
    const indicatorMean = rollups.get(goalId)?.indicatorProgress ?? null;
    const activities = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const proposed = proposeFulfilment(counts, indicatorMean, settings)?.proposal ?? null;
    return { proposed, activities, counts: { notStarted: counts.not_started, onTrack: counts.on_track, atRisk: counts.at_risk, offTrack: counts.off_track, done: counts.done }, indicatorProgress: indicatorMean };
  };
  const unitDeadlinePassed = today > ctx.period.unitDeadline;
  const toView = (w: (typeof written)[number]): UnitAssessmentView => ({ unitId: w.unitId, unitName: w.unitName, fulfilment: w.fulfilment, forecast: w.forecast, analysis: w.analysis, late: dayInStockholm(w.updatedAt) > ctx.period.unitDeadline });

  const status = ctx.scope.status;
  const approved = status === 'approved' && ctx.report?.snapshot ? parseSnapshot(ctx.report.snapshot) : null;
  let comparisons: { live: GoalDiff[]; previous: { name: string; diffs: GoalDiff[] } | null } | null = null;
  let live: ReportSnapshot | null = null;
  if (readable) {
    live = liveSnapshot(db, ctx, now);
    if (approved) {
      const previous = previousApproved(db, ctx);
      comparisons = { live: diffSnapshots(approved, live), previous: previous ? { name: previous.period.name, diffs: diffSnapshots(previous, approved) } : null };
    }
  }
  const submitter = ctx.report?.submittedByPersonId ? db.select({ given: people.givenName, family: people.familyName }).from(people).where(eq(people.id, ctx.report.submittedByPersonId)).get() : null;

  return {
    today,
    readable,
    /** The report's row id (for the print page and the exports); null until its first assessment. */
    reportId: ctx.report?.id ?? null,
    status,
    period: ctx.period,
    body: ctx.body,
    kind: ctx.scope.kind,
    administration: ctx.administration,
    submittedOn: ctx.report?.submittedAt && status !== 'draft' ? dayInStockholm(ctx.report.submittedAt) : null,
    submittedBy: submitter ? `${submitter.given} ${submitter.family}` : null,
    returnComment: status === 'draft' ? (ctx.report?.returnComment ?? null) : null,
    deadlines: {
      unit: { date: ctx.period.unitDeadline, passed: unitDeadlinePassed },
      administration: deadlineState(ctx.period.administrationDeadline, today, ctx.report?.submittedAt && status !== 'draft' ? dayInStockholm(ctx.report.submittedAt) : null),
      board: deadlineState(ctx.period.boardDeadline, today, ctx.report?.approvedAt ? dayInStockholm(ctx.report.approvedAt) : null),
    },
    rights: {
      writeBody: canWriteBodyAssessments(viewer, ctx.scope),
      submit: canSubmitReport(viewer, ctx.scope),
      return: canReturnReport(viewer, ctx.scope),
      approve: canApproveReport(viewer, ctx.scope),
    },
    settings,
    /** The unit manager's forms: their units' assessments of the administration goals their plans serve. */
    unitForms: unitGoals.map((u) => ({
      unitId: u.unitId,
      name: u.name,
      canWrite: canWriteUnitAssessment(viewer, unitFacts(db, u.unitId), status),
      goals: u.goals.map((g) => ({ id: g.id, code: g.code, title: g.title, proposal: unitProposalOf(g.id, u.unitId), assessment: find(g.id, u.unitId) })),
    })),
    /** Before approval, for the report's readers: the assessments at every level beside the proposals. */
    preparation:
      readable && !approved
        ? {
            administrationGoals: administration.map((g) => {
              const contributing = units.get(g.id) ?? [];
              const byUnits = written.filter((w) => w.goalId === g.id && contributing.some((u) => u.id === w.unitId)).map(toView);
              return {
                id: g.id,
                code: g.code,
                title: g.title,
                proposal: proposalOf(g.id),
                unitAssessments: byUnits,
                missingUnits: contributing.filter((u) => !byUnits.some((b) => b.unitId === u.id)).map((u) => u.name),
                own: find(g.id, ctx.administration!.id),
              };
            }),
            ownGoals: own.map((g) => ({ id: g.id, code: g.code, title: g.title, proposal: proposalOf(g.id), own: find(g.id, ctx.body.id) })),
          }
        : null,
    approved,
    live,
    comparisons,
    unitDeadlinePassed,
  };
});

export type ReportPage = Awaited<ReturnType<typeof reportPage>>;
