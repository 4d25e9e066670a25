import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { goals, indicators, koladaSettings, koladaValues, municipalities, planYears } from '@/db/schema';
import type { Db } from '@/db/connection';
import { writeAudit } from '@/lib/audit/write-audit';
import { fetchKpiValues, KoladaFetchError, type KoladaErrorKind, type KoladaKpiAnswer } from './client';
import { municipalitiesToFetch, parseComparisonGroup } from './settings';

/*
 * The fetch job, shared by the command line and the administrator's button. It is not
 * server-only: the command runs outside Next. Callers check who may start it.
 */

interface KoladaTargets {
  koladaMunicipalityId: string;
  comparisonGroup: string[];
  kpiIds: string[];
}

/** The municipality's Kolada id and comparison group, and every KPI its indicators are linked to. */
export function koladaTargets(db: Db, municipalityId: number): KoladaTargets | null {
  const m = db.select({ scbCode: municipalities.scbCode, koladaId: koladaSettings.koladaMunicipalityId, group: koladaSettings.comparisonGroup }).from(municipalities).leftJoin(koladaSettings, eq(koladaSettings.municipalityId, municipalities.id)).where(eq(municipalities.id, municipalityId)).get();
  if (!m) return null;
  const koladaMunicipalityId = m.koladaId ?? m.scbCode;
  const kpiIds = db
    .selectDistinct({ kpi: indicators.koladaKpiId })
    .from(indicators)
    .innerJoin(goals, eq(goals.id, indicators.goalId))
    .innerJoin(planYears, eq(planYears.id, goals.planYearId))
    .where(and(eq(planYears.municipalityId, municipalityId), isNotNull(indicators.koladaKpiId)))
    .all()
    .map((r) => r.kpi!)
    .sort();
  return { koladaMunicipalityId, comparisonGroup: parseComparisonGroup(m.group, koladaMunicipalityId), kpiIds };
}

interface StoredCounts {
  stored: number;
  removed: number;
}

/**
 * One KPI's answer in one transaction with its audit row: values are replaced row by row, a
 * withdrawn value is deleted, and nothing else is touched, so a KPI that failed to fetch keeps
 * the values it had.
 */
function storeKpiAnswer(db: Db, answer: KoladaKpiAnswer, context: { fetchedAt: Date; actorPersonId: number | null; municipalityId: number }): StoredCounts {
  return db.transaction(
    (tx) => {
      let stored = 0;
      let removed = 0;
      for (const v of answer.values) {
        const key = and(eq(koladaValues.kpiId, v.kpiId), eq(koladaValues.koladaMunicipalityId, v.municipalityId), eq(koladaValues.year, v.year), eq(koladaValues.gender, v.gender));
        if (v.deleted) {
          removed += tx.delete(koladaValues).where(key).run().changes;
          continue;
        }
        tx.insert(koladaValues)
          .values({ kpiId: v.kpiId, koladaMunicipalityId: v.municipalityId, year: v.year, gender: v.gender, value: v.value, status: v.status, source: answer.source, fetchedAt: context.fetchedAt })
          .onConflictDoUpdate({
            target: [koladaValues.kpiId, koladaValues.koladaMunicipalityId, koladaValues.year, koladaValues.gender],
            set: { value: v.value, status: v.status, source: answer.source, fetchedAt: context.fetchedAt },
          })
          .run();
        stored += 1;
      }
      writeAudit(tx, { at: context.fetchedAt, actorPersonId: context.actorPersonId, action: 'kolada.values_stored', objectType: 'municipality', objectId: context.municipalityId, detail: { kpi: answer.kpiId, source: answer.source, pages: answer.pages, stored, removed } });
      return { stored, removed };
    },
    { behavior: 'immediate' },
  );
}

interface KoladaRunOptions {
  municipalityId: number;
  actorPersonId: number | null;
  baseUrl: string;
  timeoutMs: number;
  now?: () => Date;
}

export type KoladaRunResult = { ok: true; kpis: ({ kpiId: string } & StoredCounts)[]; stored: number; removed: number } | { ok: false; kind: KoladaErrorKind | 'noMunicipality' | 'noKpis'; message: string; failedKpi: string | null; kpis: ({ kpiId: string } & StoredCounts)[] };

function failureAudit(db: Db, options: KoladaRunOptions, detail: Record<string, unknown>) {
  writeAudit(db, { at: (options.now ?? (() => new Date()))(), actorPersonId: options.actorPersonId, action: 'kolada.fetch_failed', objectType: 'municipality', objectId: options.municipalityId, detail });
}

/**
 * Fetches every linked KPI for the municipality, the country and the comparison group (one
 * request per KPI, the ids comma-separated) and stores each KPI as soon as it has arrived whole.
 * The first failure stops the run: when Kolada is down the next KPI would only wait out the same
 * timeout. KPIs stored before the failure stay stored; the failed one and those after keep their
 * old values. Every outcome leaves an audit row.
 */
export async function runKoladaFetch(db: Db, options: KoladaRunOptions): Promise<KoladaRunResult> {
  const targets = koladaTargets(db, options.municipalityId);
  if (!targets) {
    failureAudit(db, options, { reason: 'noMunicipality' });
    return { ok: false, kind: 'noMunicipality', message: 'Kommunen finns inte i databasen.', failedKpi: null, kpis: [] };
  }
  if (targets.kpiIds.length === 0) {
    failureAudit(db, options, { reason: 'noKpis' });
    return { ok: false, kind: 'noKpis', message: 'Inga indikatorer är kopplade till ett nyckeltal i Kolada; det finns inget att hämta.', failedKpi: null, kpis: [] };
  }
  const ids = municipalitiesToFetch(targets.koladaMunicipalityId, targets.comparisonGroup);
  const done: ({ kpiId: string } & StoredCounts)[] = [];
  for (const kpiId of targets.kpiIds) {
    try {
      const answer = await fetchKpiValues(options.baseUrl, kpiId, ids, { timeoutMs: options.timeoutMs });
      const counts = storeKpiAnswer(db, answer, { fetchedAt: (options.now ?? (() => new Date()))(), actorPersonId: options.actorPersonId, municipalityId: options.municipalityId });
      done.push({ kpiId, ...counts });
    } catch (err) {
      if (!(err instanceof KoladaFetchError)) throw err;
      failureAudit(db, options, { reason: err.kind, status: err.status ?? null, kpi: kpiId, message: err.message, storedBefore: done.map((d) => d.kpiId) });
      return { ok: false, kind: err.kind, message: err.message, failedKpi: kpiId, kpis: done };
    }
  }
  return { ok: true, kpis: done, stored: done.reduce((s, d) => s + d.stored, 0), removed: done.reduce((s, d) => s + d.removed, 0) };
}

/** Stored values of some KPIs for some Kolada municipality ids, for the comparison tables. */
export function storedKoladaValues(db: Pick<Db, 'select'>, kpiIds: readonly string[], municipalityIds: readonly string[]) {
  if (kpiIds.length === 0 || municipalityIds.length === 0) return [];
  return db
    .select({ kpiId: koladaValues.kpiId, koladaMunicipalityId: koladaValues.koladaMunicipalityId, year: koladaValues.year, gender: koladaValues.gender, value: koladaValues.value, fetchedAt: koladaValues.fetchedAt, source: koladaValues.source })
    .from(koladaValues)
    .where(and(inArray(koladaValues.kpiId, [...kpiIds]), inArray(koladaValues.koladaMunicipalityId, [...municipalityIds])))
    .all();
}
