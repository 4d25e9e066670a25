import 'server-only';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { followUpPeriods, goals, guidingValues, indicators, indicatorValues, municipalities, orgUnits, reports, visions } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { openReportOf, type OpenData } from '@/features/public/open-data';
import { parseSnapshot } from '@/features/reports/snapshot';
import { currentPlanYear } from '@/features/plan-years/current';

/** SCB's four-digit municipality code; anything else is not a municipality we could have. */
const SCB_CODE = /^\d{4}$/;

/**
 * The public results of one municipality, read WITHOUT a session: this is the one read of the data
 * access layer that needs no viewer, because it only ever selects public documents – the vision,
 * the council's adopted goals with their indicators, and the latest approved report (its frozen
 * snapshot). Nothing is read from people, plans, follow-ups or notes.
 */
export async function getPublicResults(db: Db, rawCode: string): Promise<OpenData> {
  if (!SCB_CODE.test(rawCode)) throw new NotFoundError('Kommunen');
  const municipality = db.select().from(municipalities).where(eq(municipalities.scbCode, rawCode)).get();
  if (!municipality) throw new NotFoundError('Kommunen');

  const vision = db
    .select()
    .from(visions)
    .where(and(eq(visions.municipalityId, municipality.id), isNull(visions.validToYear)))
    .get();
  const values = vision ? db.select({ name: guidingValues.name, description: guidingValues.description }).from(guidingValues).where(eq(guidingValues.visionId, vision.id)).orderBy(asc(guidingValues.sortOrder)).all() : [];

  const year = currentPlanYear(db, municipality.id);
  const councilGoals = year
    ? db
        .select({ id: goals.id, code: goals.code, title: goals.title, description: goals.description })
        .from(goals)
        .where(and(eq(goals.planYearId, year.id), eq(goals.level, 'council'), eq(goals.status, 'adopted')))
        .orderBy(asc(goals.sortOrder), asc(goals.code))
        .all()
    : [];
  const goalIndicators = councilGoals.length
    ? db
        .select()
        .from(indicators)
        .where(
          inArray(
            indicators.goalId,
            councilGoals.map((g) => g.id),
          ),
        )
        .orderBy(asc(indicators.sortOrder), asc(indicators.id))
        .all()
    : [];
  const recorded = goalIndicators.length
    ? db
        .select({ indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, period: followUpPeriods.name, periodEnd: followUpPeriods.periodEnd })
        .from(indicatorValues)
        .innerJoin(followUpPeriods, eq(followUpPeriods.id, indicatorValues.periodId))
        .where(
          inArray(
            indicatorValues.indicatorId,
            goalIndicators.map((i) => i.id),
          ),
        )
        .orderBy(asc(followUpPeriods.periodEnd))
        .all()
    : [];

  return {
    municipality: { name: municipality.name, scbCode: municipality.scbCode },
    planYear: year?.year ?? null,
    vision: vision ? { statement: vision.statement, description: vision.description, guidingValues: values } : null,
    councilGoals: councilGoals.map((g) => ({
      code: g.code,
      title: g.title,
      description: g.description,
      indicators: goalIndicators
        .filter((i) => i.goalId === g.id)
        .map((i) => ({
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          baseline: i.baseline,
          baselineYear: i.baselineYear,
          target: i.target,
          source: i.source,
          koladaKpiId: i.koladaKpiId,
          values: recorded.filter((v) => v.indicatorId === i.id).map((v) => ({ period: v.period, periodEnd: v.periodEnd, value: v.value })),
        })),
    })),
    latestApprovedReport: latestCompiledReport(db, municipality.id),
  };
}

/**
 * The newest approved compiled report to the council, as open data. KS compiles it, but it is the
 * council's report (its body is KF); KS's own board report is one of the boards' reports, never the
 * municipality's results, however late it was approved.
 */
function latestCompiledReport(db: Db, municipalityId: number) {
  const row = db
    .select({ snapshot: reports.snapshot })
    .from(reports)
    .innerJoin(orgUnits, eq(orgUnits.id, reports.orgUnitId))
    .innerJoin(followUpPeriods, eq(followUpPeriods.id, reports.periodId))
    .where(and(eq(orgUnits.municipalityId, municipalityId), eq(orgUnits.kind, 'council'), eq(reports.status, 'approved')))
    .orderBy(desc(followUpPeriods.periodEnd), desc(reports.approvedAt))
    .get();
  if (!row?.snapshot) return null;
  try {
    return openReportOf(parseSnapshot(row.snapshot));
  } catch (err) {
    // A snapshot that does not parse is not shown at all rather than shown in part.
    console.error('Den beslutade rapportens ögonblicksbild kunde inte läsas', err);
    return null;
  }
}
