import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db, Tx } from '@/db/connection';
import { assessments, followUpPeriods, goalLinks, goalRollups, goals, indicators, indicatorValues, municipalities, orgUnits, planYears, reports } from '@/db/schema';
import { indicatorProgress } from '@/features/rollup/rules';
import { ownGoals, summarise } from './compare';
import { parseSnapshot, reportSnapshotSchema, type ReportAssessment, type ReportGoal, type ReportSnapshot } from './snapshot';

/**
 * Builds a report's snapshot from the live tables: the maintained roll-ups at the period, the
 * indicators' latest values on or before its end, the trend over the year's periods so far, and
 * the assessments written for the period. Used at approval (inside the approving transaction,
 * where the result is stored and never rebuilt), for a report in preparation, and for the
 * comparison with the live data. Reads only aggregates and the bodies' own texts.
 */

export type Conn = Db | Tx;

interface SnapshotDecision {
  body: string;
  decidedOn: string;
  paragraph: string;
  title: string;
}

interface PeriodFacts {
  period: { id: number; kind: 'interim' | 'annual'; name: string; periodEnd: string; planYearId: number };
  year: number;
  municipality: string;
  municipalityId: number;
}

function periodFacts(db: Conn, periodId: number): PeriodFacts {
  const row = db
    .select({ id: followUpPeriods.id, kind: followUpPeriods.kind, name: followUpPeriods.name, periodEnd: followUpPeriods.periodEnd, planYearId: followUpPeriods.planYearId, year: planYears.year, municipality: municipalities.name, municipalityId: municipalities.id })
    .from(followUpPeriods)
    .innerJoin(planYears, eq(planYears.id, followUpPeriods.planYearId))
    .innerJoin(municipalities, eq(municipalities.id, planYears.municipalityId))
    .where(eq(followUpPeriods.id, periodId))
    .get();
  if (!row || row.kind === 'monthly') throw new Error(`period ${periodId} is not a report period`);
  return { period: { id: row.id, kind: row.kind, name: row.name, periodEnd: row.periodEnd, planYearId: row.planYearId }, year: row.year, municipality: row.municipality, municipalityId: row.municipalityId };
}

type GoalRow = { id: number; code: string; title: string; sortOrder: number; ownerUnitId: number };

/** Everything the goal entries need, read in a few set-based queries. */
function goalFigures(db: Conn, facts: PeriodFacts, goalIds: number[]) {
  const { period } = facts;
  const trendPeriods = db
    .select({ id: followUpPeriods.id, periodEnd: followUpPeriods.periodEnd })
    .from(followUpPeriods)
    .where(and(eq(followUpPeriods.planYearId, period.planYearId), lte(followUpPeriods.periodEnd, period.periodEnd)))
    .orderBy(asc(followUpPeriods.periodEnd), asc(followUpPeriods.id))
    .all();
  // The monthly period of August and the interim report end on the same day: one point each day.
  const points = [...new Map(trendPeriods.map((p) => [p.periodEnd, p])).values()];
  const periodIds = [...new Set([...points.map((p) => p.id), period.id])];
  const rollups = goalIds.length
    ? db
        .select()
        .from(goalRollups)
        .where(and(inArray(goalRollups.goalId, goalIds), inArray(goalRollups.periodId, periodIds)))
        .all()
    : [];
  const rollupOf = new Map(rollups.map((r) => [`${r.goalId}:${r.periodId}`, r]));
  const inds = goalIds.length ? db.select().from(indicators).where(inArray(indicators.goalId, goalIds)).orderBy(asc(indicators.sortOrder), asc(indicators.id)).all() : [];
  const values = inds.length
    ? db
        .select({ indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, periodEnd: followUpPeriods.periodEnd })
        .from(indicatorValues)
        .innerJoin(followUpPeriods, eq(followUpPeriods.id, indicatorValues.periodId))
        .where(
          and(
            inArray(
              indicatorValues.indicatorId,
              inds.map((i) => i.id),
            ),
            lte(followUpPeriods.periodEnd, period.periodEnd),
          ),
        )
        .all()
    : [];
  const latest = new Map<number, { value: number; periodEnd: string }>();
  for (const v of values) {
    const seen = latest.get(v.indicatorId);
    if (!seen || seen.periodEnd < v.periodEnd) latest.set(v.indicatorId, v);
  }
  const counts = (r: (typeof rollups)[number] | undefined) => ({ notStarted: r?.notStarted ?? 0, onTrack: r?.onTrack ?? 0, atRisk: r?.atRisk ?? 0, offTrack: r?.offTrack ?? 0, done: r?.done ?? 0 });

  return (goal: GoalRow, assessment: ReportAssessment | null, assessmentsBelow: ReportAssessment[]): ReportGoal => {
    const r = rollupOf.get(`${goal.id}:${period.id}`);
    return {
      id: goal.id,
      code: goal.code,
      title: goal.title,
      rollup: { activities: r?.activities ?? 0, counts: counts(r), indicatorProgress: r?.indicatorProgress ?? null, proposed: r?.proposed ?? null },
      assessment,
      assessmentsBelow,
      indicators: inds
        .filter((i) => i.goalId === goal.id)
        .map((i) => {
          const value = latest.get(i.id)?.value ?? null;
          return { name: i.name, unit: i.unit, direction: i.direction, baseline: i.baseline, target: i.target, value, progress: value === null ? null : indicatorProgress(i.baseline, i.target, value) };
        }),
      trend: points.filter((p) => rollupOf.has(`${goal.id}:${p.id}`)).map((p) => ({ periodEnd: p.periodEnd, ...counts(rollupOf.get(`${goal.id}:${p.id}`)) })),
    };
  };
}

/** The period's assessments of some goals, with the assessing unit's name; by goal. */
function assessmentsOf(db: Conn, periodId: number, goalIds: number[]) {
  const rows = goalIds.length
    ? db
        .select({ goalId: assessments.goalId, unitId: assessments.assessingUnitId, unitName: orgUnits.name, unitKind: orgUnits.kind, fulfilment: assessments.fulfilment, forecast: assessments.forecast, analysis: assessments.analysis })
        .from(assessments)
        .innerJoin(orgUnits, eq(orgUnits.id, assessments.assessingUnitId))
        .where(and(eq(assessments.periodId, periodId), inArray(assessments.goalId, goalIds)))
        .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.name))
        .all()
    : [];
  const byGoal = new Map<number, typeof rows>();
  for (const r of rows) (byGoal.get(r.goalId) ?? byGoal.set(r.goalId, []).get(r.goalId)!).push(r);
  const toAssessment = (r: (typeof rows)[number], interim: boolean): ReportAssessment => ({ byUnit: r.unitName, fulfilment: r.fulfilment, forecast: interim ? r.forecast : null, analysis: r.analysis });
  return { byGoal, toAssessment };
}

const goalColumns = { id: goals.id, code: goals.code, title: goals.title, sortOrder: goals.sortOrder, ownerUnitId: goals.ownerUnitId };

/** A board's (or KS's own) report: one section per council goal its goals serve. */
export function buildBoardSnapshot(db: Conn, input: { boardId: number; periodId: number; decision: SnapshotDecision | null; takenAt: Date }): ReportSnapshot {
  const facts = periodFacts(db, input.periodId);
  const interim = facts.period.kind === 'interim';
  const board = db.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, input.boardId)).get();
  if (!board || (board.kind !== 'board' && board.kind !== 'executive_board')) throw new Error(`unit ${input.boardId} is not a board`);
  const boardGoals = db
    .select(goalColumns)
    .from(goals)
    .where(and(eq(goals.planYearId, facts.period.planYearId), eq(goals.level, 'board'), eq(goals.ownerUnitId, board.id)))
    .orderBy(asc(goals.sortOrder), asc(goals.code))
    .all();
  const boardGoalIds = boardGoals.map((g) => g.id);
  const up = boardGoalIds.length ? db.select().from(goalLinks).where(inArray(goalLinks.goalId, boardGoalIds)).all() : [];
  const down = boardGoalIds.length ? db.select().from(goalLinks).where(inArray(goalLinks.contributesToGoalId, boardGoalIds)).all() : [];
  const councilGoals = up.length
    ? db
        .select(goalColumns)
        .from(goals)
        .where(and(inArray(goals.id, [...new Set(up.map((l) => l.contributesToGoalId))]), eq(goals.level, 'council')))
        .orderBy(asc(goals.sortOrder), asc(goals.code))
        .all()
    : [];
  const belowIds = [...new Set(down.map((l) => l.goalId))];
  const below = belowIds.length ? db.select(goalColumns).from(goals).where(inArray(goals.id, belowIds)).orderBy(asc(goals.sortOrder), asc(goals.code)).all() : [];

  const entry = goalFigures(db, facts, [...councilGoals.map((g) => g.id), ...boardGoalIds]);
  const { byGoal, toAssessment } = assessmentsOf(db, facts.period.id, [...boardGoalIds, ...belowIds]);
  const boardEntry = (g: GoalRow): ReportGoal => {
    const own = (byGoal.get(g.id) ?? []).find((a) => a.unitId === board.id);
    // Below: the administration's assessment of each goal it broke this one into, then its units'.
    const underneath = below
      .filter((b) => down.some((l) => l.goalId === b.id && l.contributesToGoalId === g.id))
      .flatMap((b) => {
        const rows = byGoal.get(b.id) ?? [];
        return [...rows.filter((a) => a.unitId === b.ownerUnitId), ...rows.filter((a) => a.unitId !== b.ownerUnitId)].map((a) => toAssessment(a, interim));
      });
    return entry(g, own ? toAssessment(own, interim) : null, underneath);
  };
  const entries = new Map(boardGoals.map((g) => [g.id, boardEntry(g)]));
  const sections = councilGoals.map((c) => ({
    ...entry(c, null, []),
    contributions: [{ boardId: board.id, boardName: board.name, goals: boardGoals.filter((g) => up.some((l) => l.goalId === g.id && l.contributesToGoalId === c.id)).map((g) => entries.get(g.id)!) }],
  }));
  const body = { id: board.id, name: board.name, kind: board.kind === 'executive_board' ? ('executive_board' as const) : ('board' as const) };
  return finish({ facts, body, decision: input.decision, takenAt: input.takenAt, sections });
}

/**
 * The executive board's compiled report to the council: one section per council goal with KS's
 * assessment, and each board's contribution as that board approved it (from its stored snapshot;
 * a board without an approved report for the period is not yet in it).
 */
export function buildCompiledSnapshot(db: Conn, input: { councilId: number; periodId: number; decision: SnapshotDecision | null; takenAt: Date }): ReportSnapshot {
  const facts = periodFacts(db, input.periodId);
  const interim = facts.period.kind === 'interim';
  const council = db.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, input.councilId)).get();
  if (!council || council.kind !== 'council') throw new Error(`unit ${input.councilId} is not the council`);
  const councilGoals = db
    .select(goalColumns)
    .from(goals)
    .where(and(eq(goals.planYearId, facts.period.planYearId), eq(goals.level, 'council'), eq(goals.ownerUnitId, council.id)))
    .orderBy(asc(goals.sortOrder), asc(goals.code))
    .all();
  const boards = db
    .select({ id: orgUnits.id, snapshot: reports.snapshot })
    .from(reports)
    .innerJoin(orgUnits, eq(orgUnits.id, reports.orgUnitId))
    .where(and(eq(reports.periodId, facts.period.id), eq(reports.status, 'approved'), inArray(orgUnits.kind, ['board', 'executive_board'])))
    .orderBy(asc(orgUnits.sortOrder))
    .all();
  const approved = boards.flatMap((b) => (b.snapshot ? [parseSnapshot(b.snapshot)] : []));
  const entry = goalFigures(
    db,
    facts,
    councilGoals.map((g) => g.id),
  );
  const { byGoal, toAssessment } = assessmentsOf(
    db,
    facts.period.id,
    councilGoals.map((g) => g.id),
  );
  const sections = councilGoals.map((c) => {
    const own = (byGoal.get(c.id) ?? []).find((a) => a.unitId === council.id);
    const contributions = approved.flatMap((s) => s.sections.filter((x) => x.id === c.id).flatMap((x) => x.contributions));
    const belowAssessments = contributions.flatMap((k) => k.goals.flatMap((g) => (g.assessment ? [g.assessment] : [])));
    return { ...entry(c, own ? toAssessment(own, interim) : null, belowAssessments), contributions };
  });
  return finish({ facts, body: { id: council.id, name: council.name, kind: 'council' }, decision: input.decision, takenAt: input.takenAt, sections });
}

function finish(input: { facts: PeriodFacts; body: ReportSnapshot['body']; decision: SnapshotDecision | null; takenAt: Date; sections: ReportSnapshot['sections'] }): ReportSnapshot {
  const { facts } = input;
  const draft = {
    version: 1 as const,
    municipality: facts.municipality,
    body: input.body,
    period: { id: facts.period.id, kind: facts.period.kind, name: facts.period.name, periodEnd: facts.period.periodEnd, year: facts.year },
    decision: input.decision,
    takenAt: input.takenAt.toISOString(),
    summary: { fulfilled: 0, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 0 },
    sections: input.sections,
  };
  // Validated on the way in as well as out: a snapshot that would not read back is never stored.
  return reportSnapshotSchema.parse({ ...draft, summary: summarise(ownGoals(draft)) });
}
