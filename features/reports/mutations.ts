import 'server-only';
import { unitFacts } from '@/features/organisation/scope';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/connection';
import { assessments, decisions, orgUnits, reports } from '@/db/schema';
import { ForbiddenError, NotFoundError, RuleError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { buildBoardSnapshot, buildCompiledSnapshot } from '@/features/reports/build-snapshot';
import { canApproveReport, canReadReport, canReturnReport, canSubmitReport, canWriteBodyAssessments, canWriteUnitAssessment, isPreparer } from '@/features/reports/permissions';
import type { ApproveReportInput, AssessmentInput, ReportStepInput, ReturnReportInput } from '@/features/reports/validation';
import { writeAudit } from '@/lib/audit/write-audit';
import { contributingUnits, ensureReportRow, loadReportContext, reportGoals, type ReportContext } from './context';

/**
 * The writes of the report cycle. Each is one IMMEDIATE transaction that re-reads the report's
 * status inside it (so a report approved meanwhile is never written to) and leaves an audit row.
 */

function contextFor(tx: Tx, viewer: Viewer, periodId: number, bodyId: number): ReportContext {
  const ctx = loadReportContext(tx, viewer.municipalityId, periodId, bodyId);
  // Someone who may not even read the report learns nothing about it.
  if (!canReadReport(viewer, ctx.scope) && !viewer.roles.some((r) => r.role === 'unit_manager')) throw new NotFoundError('Rapporten');
  return ctx;
}

/** Which level an assessment is at, and whether the viewer may write it. */
function checkAssessment(tx: Tx, viewer: Viewer, ctx: ReportContext, input: AssessmentInput) {
  const { own, administration } = reportGoals(tx, ctx);
  if (input.unitId === ctx.body.id) {
    if (!own.some((g) => g.id === input.goalId)) throw new NotFoundError('Målet');
    if (!canWriteBodyAssessments(viewer, ctx.scope)) throw statusOr(ctx, new ForbiddenError());
    return 'body' as const;
  }
  if (ctx.administration && input.unitId === ctx.administration.id) {
    if (!administration.some((g) => g.id === input.goalId)) throw new NotFoundError('Målet');
    if (!canWriteBodyAssessments(viewer, ctx.scope)) throw statusOr(ctx, new ForbiddenError());
    return 'administration' as const;
  }
  if (!canWriteUnitAssessment(viewer, unitFacts(tx, input.unitId), 'draft')) throw new NotFoundError('Enheten');
  if (!administration.some((g) => g.id === input.goalId)) throw new NotFoundError('Målet');
  const units = contributingUnits(tx, ctx.period.planYearId, [input.goalId]).get(input.goalId) ?? [];
  if (!units.some((u) => u.id === input.unitId)) throw new NotFoundError('Målet');
  if (ctx.scope.status !== 'draft') throw statusOr(ctx, new RuleError('reports.errors.alreadySubmitted'));
  return 'unit' as const;
}

/** A preparer told "no" because the report has moved on gets the reason, not "forbidden". */
function statusOr(ctx: ReportContext, fallback: Error): Error {
  if (ctx.scope.status === 'submitted') return new RuleError('reports.errors.alreadySubmitted');
  if (ctx.scope.status === 'approved') return new RuleError('reports.errors.alreadyApproved');
  return fallback;
}

export function saveAssessment(db: Db, viewer: Viewer, input: AssessmentInput): void {
  db.transaction(
    (tx) => {
      const ctx = contextFor(tx, viewer, input.periodId, input.bodyId);
      const level = checkAssessment(tx, viewer, ctx, input);
      const interim = ctx.period.kind === 'interim';
      if (interim && input.forecast === '') throw new RuleError('reports.errors.forecastRequired', 'forecast');
      const forecast = interim ? (input.forecast as Exclude<AssessmentInput['forecast'], ''>) : null;
      ensureReportRow(tx, ctx.period.id, ctx.body.id);
      const now = new Date();
      tx.insert(assessments)
        .values({ goalId: input.goalId, periodId: ctx.period.id, assessingUnitId: input.unitId, fulfilment: input.fulfilment, forecast, analysis: input.analysis, authorPersonId: viewer.personId, updatedAt: now })
        .onConflictDoUpdate({ target: [assessments.goalId, assessments.periodId, assessments.assessingUnitId], set: { fulfilment: input.fulfilment, forecast, analysis: input.analysis, authorPersonId: viewer.personId, updatedAt: now } })
        .run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'report.assessment_saved', objectType: 'goal', objectId: input.goalId, detail: { periodId: ctx.period.id, bodyId: ctx.body.id, unitId: input.unitId, level, fulfilment: input.fulfilment, forecast } });
    },
    { behavior: 'immediate' },
  );
}

export function submitReport(db: Db, viewer: Viewer, input: ReportStepInput): void {
  db.transaction(
    (tx) => {
      const ctx = contextFor(tx, viewer, input.periodId, input.bodyId);
      if (!canSubmitReport(viewer, ctx.scope)) throw statusOr(ctx, new NotFoundError('Rapporten'));
      const { own } = reportGoals(tx, ctx);
      const written = new Set(
        tx
          .select({ goalId: assessments.goalId })
          .from(assessments)
          .where(and(eq(assessments.periodId, ctx.period.id), eq(assessments.assessingUnitId, ctx.body.id)))
          .all()
          .map((a) => a.goalId),
      );
      if (own.some((g) => !written.has(g.id))) throw new RuleError('reports.errors.missingAssessments');
      const row = ensureReportRow(tx, ctx.period.id, ctx.body.id);
      tx.update(reports)
        .set({ status: 'submitted', submittedByPersonId: viewer.personId, submittedAt: new Date(), returnComment: null, returnedAt: null })
        .where(and(eq(reports.id, row.id), eq(reports.status, 'draft')))
        .run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'report.submitted', objectType: 'report', objectId: row.id, detail: { periodId: ctx.period.id, bodyId: ctx.body.id } });
    },
    { behavior: 'immediate' },
  );
}

export function returnReport(db: Db, viewer: Viewer, input: ReturnReportInput): void {
  db.transaction(
    (tx) => {
      const ctx = contextFor(tx, viewer, input.periodId, input.bodyId);
      if (!canReturnReport(viewer, ctx.scope) || !ctx.report) {
        if (!isPreparer(viewer, ctx.scope)) throw new NotFoundError('Rapporten');
        throw new RuleError(ctx.scope.status === 'approved' ? 'reports.errors.alreadyApproved' : 'reports.errors.notSubmitted');
      }
      tx.update(reports)
        .set({ status: 'draft', returnComment: input.comment, returnedAt: new Date() })
        .where(and(eq(reports.id, ctx.report.id), eq(reports.status, 'submitted')))
        .run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'report.returned', objectType: 'report', objectId: ctx.report.id, detail: { comment: input.comment } });
    },
    { behavior: 'immediate' },
  );
}

/**
 * The approving body's decision freezes the report: the decision is recorded, the snapshot built
 * from the live data and stored, all in one transaction. From then on a trigger refuses any
 * change to the row, and every page and export reads the snapshot.
 */
export function approveReport(db: Db, viewer: Viewer, input: ApproveReportInput, now = new Date()): number {
  return db.transaction(
    (tx) => {
      const ctx = contextFor(tx, viewer, input.periodId, input.bodyId);
      if (!canApproveReport(viewer, ctx.scope) || !ctx.report) {
        if (ctx.scope.status === 'approved') throw new RuleError('reports.errors.alreadyApproved');
        if (ctx.scope.status === 'draft' && (viewer.roles.some((r) => r.role === 'administrator') || viewer.roles.some((r) => r.role === 'board_secretary'))) throw new RuleError('reports.errors.notSubmitted');
        throw new NotFoundError('Rapporten');
      }
      if (input.decidedOn < ctx.period.periodEnd.slice(0, 4) + '-01-01') throw new RuleError('reports.errors.decidedOnBeforeYear', 'decidedOn');
      const decidingBodyId = ctx.scope.kind === 'compiled' ? ctx.executiveBoardId : ctx.body.id;
      const decidingBody = tx.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, decidingBodyId)).get()!;
      const decisionId = tx.insert(decisions).values({ bodyUnitId: decidingBodyId, decidedOn: input.decidedOn, paragraph: input.paragraph, title: input.title }).returning({ id: decisions.id }).get().id;
      const decision = { body: decidingBody.name, decidedOn: input.decidedOn, paragraph: input.paragraph, title: input.title };
      const snapshot = ctx.scope.kind === 'compiled' ? buildCompiledSnapshot(tx, { councilId: ctx.body.id, periodId: ctx.period.id, decision, takenAt: now }) : buildBoardSnapshot(tx, { boardId: ctx.body.id, periodId: ctx.period.id, decision, takenAt: now });
      const changed = tx
        .update(reports)
        .set({ status: 'approved', decisionId, approvedAt: now, snapshot: JSON.stringify(snapshot) })
        .where(and(eq(reports.id, ctx.report.id), eq(reports.status, 'submitted')))
        .run().changes;
      if (changed !== 1) throw new RuleError('reports.errors.notSubmitted');
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'report.approved', objectType: 'report', objectId: ctx.report.id, detail: { decisionId, decidedOn: input.decidedOn, paragraph: input.paragraph } });
      return ctx.report.id;
    },
    { behavior: 'immediate' },
  );
}
