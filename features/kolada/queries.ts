import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, koladaValues } from '@/db/schema';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { canFetchKolada } from '@/features/kolada/access';
import { ownMunicipality, type Viewer } from '@/lib/permissions';
import { buildComparison, type KoladaComparison } from '@/features/kolada/comparison';
import { municipalitiesToFetch } from '@/features/kolada/settings';
import { koladaTargets, storedKoladaValues } from '@/features/kolada/store';
import type { Db } from '@/db/connection';

export interface IndicatorKoladaComparison extends KoladaComparison {
  kpiId: string;
  koladaMunicipalityId: string;
}

/**
 * For the goal page: per Kolada-linked indicator, the municipality against the country and its
 * comparison group. The caller has already checked that the viewer may see the goal; the figures
 * themselves are public statistics.
 */
export function koladaComparisonsFor(db: Db, municipalityId: number, rows: readonly { id: number; koladaKpiId: string | null }[]): Map<number, IndicatorKoladaComparison> {
  const linked = rows.filter((r): r is { id: number; koladaKpiId: string } => r.koladaKpiId !== null);
  const result = new Map<number, IndicatorKoladaComparison>();
  if (linked.length === 0) return result;
  const targets = koladaTargets(db, municipalityId);
  if (!targets) return result;
  const ids = municipalitiesToFetch(targets.koladaMunicipalityId, targets.comparisonGroup);
  const stored = storedKoladaValues(db, [...new Set(linked.map((r) => r.koladaKpiId))], ids);
  for (const r of linked) {
    const comparison = buildComparison(
      stored.filter((v) => v.kpiId === r.koladaKpiId),
      targets.koladaMunicipalityId,
      targets.comparisonGroup,
    );
    result.set(r.id, { ...comparison, kpiId: r.koladaKpiId, koladaMunicipalityId: targets.koladaMunicipalityId });
  }
  return result;
}

/** The administrator's Kolada page: what is fetched, what is stored, and how the last fetch went. */
export async function getKoladaOverview(db: Db, viewer: Viewer) {
  // Anyone else is told the page does not exist.
  if (!canFetchKolada(viewer, ownMunicipality(viewer))) throw new NotFoundError('Sidan');
  const targets = koladaTargets(db, viewer.municipalityId);
  if (!targets) throw new NotFoundError('Kommunen');
  const ids = municipalitiesToFetch(targets.koladaMunicipalityId, targets.comparisonGroup);
  const perKpi = targets.kpiIds.length
    ? db
        .select({ kpiId: koladaValues.kpiId, values: sql<number>`count(*)`, latestYear: sql<number | null>`max(${koladaValues.year})`, fetchedAt: sql<number | null>`max(${koladaValues.fetchedAt})` })
        .from(koladaValues)
        .where(and(inArray(koladaValues.kpiId, targets.kpiIds), inArray(koladaValues.koladaMunicipalityId, ids)))
        .groupBy(koladaValues.kpiId)
        .all()
    : [];
  const last = db
    .select({ at: auditLog.at, action: auditLog.action, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.objectType, 'municipality'), eq(auditLog.objectId, viewer.municipalityId), inArray(auditLog.action, ['kolada.values_stored', 'kolada.fetch_failed'])))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return {
    koladaMunicipalityId: targets.koladaMunicipalityId,
    comparisonGroup: targets.comparisonGroup,
    baseUrl: env.koladaBaseUrl,
    kpis: targets.kpiIds.map((kpiId) => {
      const s = perKpi.find((p) => p.kpiId === kpiId);
      return { kpiId, values: s?.values ?? 0, latestYear: s?.latestYear ?? null, fetchedAt: s?.fetchedAt ? new Date(s.fetchedAt * 1000) : null };
    }),
    lastFetch: last ? { at: last.at, ok: last.action === 'kolada.values_stored' } : null,
  };
}
