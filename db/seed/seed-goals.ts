import { planYears, followUpPeriods, decisions, visions, guidingValues, goals, goalLinks, indicators, indicatorValues, assessments } from '../schema';
import { followUpPeriodsFor } from '../../features/plan-years/rollover';
import { isoDate } from '../../lib/dates/calendar-date';
import type { Fulfilment } from '../../lib/domain/fulfilment';
import type { GoalLevel } from '../../lib/domain/goals';
import type { PeriodKind } from '../../lib/domain/periods';
import { BulkInserter } from './bulk-insert';
import { ANALYSES, COUNCIL_GOALS, GUIDING_VALUES, VISION } from './content';
import type { Organisation, SeedContext } from './context';

export interface PeriodRef {
  id: number;
  kind: PeriodKind;
  periodEnd: string;
  month: number;
}

export interface YearGoals {
  planYearId: number;
  year: number;
  periods: PeriodRef[];
  /** Per board (KS first): its administration goal ids, and for each the indicator ids it leads to. */
  administrationGoals: { goalId: number; indicatorIds: number[] }[][];
  goalCount: { council: number; board: number; administration: number };
  /**
   * The reports approved before the demo's day. Written by seedApprovedReports once the roll-ups
   * exist, because each report's snapshot is built from them: boards first, then KS's compiled report.
   */
  approvals: ApprovedReport[];
}

export interface ApprovedReport {
  periodId: number;
  orgUnitId: number;
  kind: 'board' | 'compiled';
  submittedByPersonId: number;
  submittedAt: number;
  decisionId: number;
  approvedAt: number;
}

export const unixSeconds = (day: string) => Math.floor(Date.parse(`${day}T09:00:00Z`) / 1000);

/** Vision and values (long-lived), then per plan year: periods, decisions, goals, indicators, assessments, reports. */
export function seedGoals(ctx: SeedContext, org: Organisation): YearGoals[] {
  const { sqlite, rng, nextId } = ctx;
  const decisionIns = new BulkInserter(sqlite, decisions, ['id', 'bodyUnitId', 'decidedOn', 'paragraph', 'title']);
  const addDecision = (bodyUnitId: number, decidedOn: string, title: string) => {
    const id = nextId('decisions');
    decisionIns.insert({ id, bodyUnitId, decidedOn, paragraph: `§ ${rng.int(12, 180)}`, title });
    return id;
  };

  const visionId = nextId('visions');
  new BulkInserter(sqlite, visions, ['id', 'municipalityId', 'statement', 'description', 'decisionId', 'validFromYear']).insert({
    id: visionId,
    municipalityId: ctx.municipalityId,
    statement: VISION.statement,
    description: VISION.description,
    decisionId: addDecision(org.councilId, '2022-06-13', 'Vision Sjövik 2035 och kommunens värdegrund'),
    validFromYear: 2023,
  });
  const valueIns = new BulkInserter(sqlite, guidingValues, ['id', 'visionId', 'name', 'description', 'sortOrder']);
  GUIDING_VALUES.forEach((v, i) => valueIns.insert({ id: nextId('guiding_values'), visionId, name: v.name, description: v.description, sortOrder: i }));

  const yearIns = new BulkInserter(sqlite, planYears, ['id', 'municipalityId', 'year', 'status']);
  const periodIns = new BulkInserter(sqlite, followUpPeriods, ['id', 'planYearId', 'kind', 'name', 'periodEnd', 'unitDeadline', 'administrationDeadline', 'boardDeadline']);
  const goalIns = new BulkInserter(sqlite, goals, ['id', 'planYearId', 'level', 'ownerUnitId', 'responsiblePersonId', 'code', 'title', 'description', 'decisionId', 'carriedFromGoalId', 'sortOrder']);
  const linkIns = new BulkInserter(sqlite, goalLinks, ['goalId', 'contributesToGoalId']);
  const indicatorIns = new BulkInserter(sqlite, indicators, ['id', 'goalId', 'name', 'unit', 'baseline', 'baselineYear', 'target', 'direction', 'source', 'koladaKpiId', 'sortOrder']);
  const valueRowIns = new BulkInserter(sqlite, indicatorValues, ['id', 'indicatorId', 'periodId', 'value', 'source', 'recordedAt']);
  const assessmentIns = new BulkInserter(sqlite, assessments, ['id', 'goalId', 'periodId', 'assessingUnitId', 'fulfilment', 'forecast', 'analysis', 'authorPersonId', 'updatedAt']);

  const result: YearGoals[] = [];
  let previousGoalIds = new Map<string, number>();
  for (const year of [ctx.years.previous, ctx.years.current]) {
    const planYearId = nextId('plan_years');
    yearIns.insert({ id: planYearId, municipalityId: ctx.municipalityId, year, status: year < ctx.years.current ? 'closed' : 'open' });

    // The same periods as every later year gets at the rollover: monthly (not July), interim, annual.
    const periods: PeriodRef[] = [];
    for (const period of followUpPeriodsFor(year)) {
      const id = nextId('periods');
      periodIns.insert({ id, planYearId, ...period });
      periods.push({ id, kind: period.kind, periodEnd: period.periodEnd, month: Number(period.periodEnd.slice(5, 7)) });
    }

    const goalIds = new Map<string, number>();
    const assessed: { goalId: number; unitId: number; authorId: number; code: string; title: string }[] = [];
    const addGoal = (level: GoalLevel, ownerUnitId: number, responsible: number, code: string, title: string, description: string | null, decisionId: number, sortOrder: number) => {
      const id = nextId('goals');
      goalIns.insert({ id, planYearId, level, ownerUnitId, responsiblePersonId: responsible, code, title, description, decisionId, carriedFromGoalId: previousGoalIds.get(code) ?? null, sortOrder });
      goalIds.set(code, id);
      assessed.push({ goalId: id, unitId: ownerUnitId, authorId: responsible, code, title });
      return id;
    };

    const budgetDecision = addDecision(org.councilId, isoDate(year - 1, 11, 24), `Mål och budget ${year} med plan för ${year + 1}–${year + 2}`);
    const indicatorsByCouncilGoal = new Map<string, number[]>();
    COUNCIL_GOALS.forEach((g, gi) => {
      const goalId = addGoal('council', org.councilId, org.municipalDirectorPersonId, g.code, g.title, g.description, budgetDecision, gi);
      const ids: number[] = [];
      g.indicators.forEach((ind, ii) => {
        const indicatorId = nextId('indicators');
        ids.push(indicatorId);
        indicatorIns.insert({ id: indicatorId, goalId, name: ind.name, unit: ind.unit, baseline: ind.baseline, baselineYear: ctx.years.previous - 1, target: ind.target, direction: ind.direction, source: ind.source, koladaKpiId: ind.koladaKpiId ?? null, sortOrder: ii });
        // Values move from the baseline towards the target, with the noise real figures have.
        const valuePeriods = periods.filter((p) => p.kind !== 'monthly' && p.periodEnd <= ctx.asOf);
        valuePeriods.forEach((p) => {
          const progress = (year - ctx.years.previous) * 0.35 + (p.kind === 'annual' ? 0.3 : 0.15) + (rng.next() - 0.5) * 0.3;
          const value = Math.round((ind.baseline + (ind.target - ind.baseline) * progress) * 10) / 10;
          valueRowIns.insert({ id: nextId('indicator_values'), indicatorId, periodId: p.id, value, source: ind.source, recordedAt: unixSeconds(p.periodEnd) + 20 * 86400 });
        });
      });
      indicatorsByCouncilGoal.set(g.code, ids);
    });

    const administrationGoals: YearGoals['administrationGoals'] = [];
    let boardGoalCount = 0;
    org.boards.forEach((b) => {
      const boardDecision = addDecision(b.boardId, isoDate(year - 1, 12, rng.int(8, 16)), `Nämndplan ${year} för ${b.spec.name.toLowerCase()}`);
      const own: { goalId: number; indicatorIds: number[] }[] = [];
      b.spec.goals.forEach((g, gi) => {
        const boardGoalId = addGoal('board', b.boardId, b.directorPersonId, g.code, g.title, null, boardDecision, gi);
        boardGoalCount++;
        for (const parent of g.contributesTo) linkIns.insert({ goalId: boardGoalId, contributesToGoalId: goalIds.get(parent)! });
        const adminGoalId = addGoal('administration', b.administrationId, b.directorPersonId, `${b.spec.administration.shortName} ${gi + 1}`, g.administrationGoal, null, boardDecision, gi);
        linkIns.insert({ goalId: adminGoalId, contributesToGoalId: boardGoalId });
        own.push({ goalId: adminGoalId, indicatorIds: g.contributesTo.flatMap((c) => indicatorsByCouncilGoal.get(c) ?? []) });
      });
      administrationGoals.push(own);
    });

    // Assessments at every level for each report period already passed, and the approved reports.
    const fulfilments: [Fulfilment, number][] = [
      ['fulfilled', 35],
      ['partly_fulfilled', 45],
      ['not_fulfilled', 20],
    ];
    const approvals: ApprovedReport[] = [];
    for (const p of periods.filter((x) => x.kind !== 'monthly' && x.periodEnd < ctx.asOf)) {
      for (const a of assessed) {
        const fulfilment = rng.weighted(fulfilments);
        const forecast = p.kind === 'interim' ? rng.weighted(fulfilments) : null;
        const analysis = rng.pick(ANALYSES[fulfilment]);
        assessmentIns.insert({ id: nextId('assessments'), goalId: a.goalId, periodId: p.id, assessingUnitId: a.unitId, fulfilment, forecast, analysis, authorPersonId: a.authorId, updatedAt: unixSeconds(p.periodEnd) + 25 * 86400 });
      }
      // KS approves its compiled report to the council (stored under KF, whose goals it assesses).
      const executiveBoardId = org.boards[0]!.boardId;
      const bodies = [{ unitId: org.councilId, decidedBy: executiveBoardId, director: org.municipalDirectorPersonId, kind: 'compiled' as const }, ...org.boards.map((b) => ({ unitId: b.boardId, decidedBy: b.boardId, director: b.directorPersonId, kind: 'board' as const }))];
      for (const body of bodies) {
        const approvedOn = p.kind === 'interim' ? isoDate(year, 10, rng.int(14, 28)) : isoDate(year + 1, 3, rng.int(10, 28));
        if (approvedOn >= ctx.asOf) continue;
        const decisionId = addDecision(body.decidedBy, approvedOn, p.kind === 'interim' ? `Delårsrapport ${year}` : `Verksamhetsberättelse ${year}`);
        approvals.push({ periodId: p.id, orgUnitId: body.unitId, kind: body.kind, submittedByPersonId: body.director, submittedAt: unixSeconds(approvedOn) - 14 * 86400, decisionId, approvedAt: unixSeconds(approvedOn) });
      }
    }

    previousGoalIds = goalIds;
    result.push({ planYearId, year, periods, administrationGoals, goalCount: { council: COUNCIL_GOALS.length, board: boardGoalCount, administration: boardGoalCount }, approvals });
  }
  return result;
}
