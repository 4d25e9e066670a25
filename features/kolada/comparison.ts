import type { KoladaGender } from '@/lib/domain/kolada';
import { NATIONAL_ID } from './settings';

export interface StoredKoladaValue {
  koladaMunicipalityId: string;
  year: number;
  gender: KoladaGender;
  value: number | null;
  fetchedAt: Date;
  source: string;
}

interface ComparisonYear {
  year: number;
  /** null: fetched but without a figure, or not fetched for that year ("Saknas"). */
  own: number | null;
  national: number | null;
  groupMean: number | null;
  groupMedian: number | null;
  /** How many of the comparison group had a figure that year. */
  groupCount: number;
}

export interface KoladaComparison {
  years: ComparisonYear[];
  groupSize: number;
  /** The latest fetch among the values shown, and the address it came from. */
  fetchedAt: Date | null;
  source: string | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Per year (newest first, at most `maxYears`): the municipality's own value, the national total
 * and the comparison group's mean and median, all for one gender (the total by default). The
 * group's figures use only the members that had a value that year; Kolada's own group averages
 * are likewise unweighted.
 */
export function buildComparison(rows: readonly StoredKoladaValue[], ownId: string, group: readonly string[], options: { gender?: KoladaGender; maxYears?: number } = {}): KoladaComparison {
  const gender = options.gender ?? 'T';
  const relevant = rows.filter((r) => r.gender === gender && (r.koladaMunicipalityId === ownId || r.koladaMunicipalityId === NATIONAL_ID || group.includes(r.koladaMunicipalityId)));
  const years = [...new Set(relevant.map((r) => r.year))].sort((a, b) => b - a).slice(0, options.maxYears ?? 6);
  const valueOf = (id: string, year: number) => relevant.find((r) => r.koladaMunicipalityId === id && r.year === year)?.value ?? null;

  let latest: StoredKoladaValue | null = null;
  for (const r of relevant) if (!latest || r.fetchedAt > latest.fetchedAt) latest = r;

  return {
    years: years.map((year) => {
      const groupValues = group.map((id) => valueOf(id, year)).filter((v): v is number => v !== null);
      return { year, own: valueOf(ownId, year), national: valueOf(NATIONAL_ID, year), groupMean: mean(groupValues), groupMedian: median(groupValues), groupCount: groupValues.length };
    }),
    groupSize: group.length,
    fetchedAt: latest?.fetchedAt ?? null,
    source: latest?.source ?? null,
  };
}
