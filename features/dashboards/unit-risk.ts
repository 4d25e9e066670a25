import { ACTIVITY_STATUSES } from '@/lib/domain/activity-statuses';
import type { StatusCounts } from './trend';

interface UnitCounts {
  unitId: number;
  counts: StatusCounts;
}

const total = (c: StatusCounts) => ACTIVITY_STATUSES.reduce((s, k) => s + c[k], 0);

/**
 * Most at risk first: the share of activities that deviate or risk to, then the number of them,
 * then the unit id so the order is stable. Only `limit` units are kept; the rest are counted.
 */
export function mostAtRisk(units: UnitCounts[], limit: number): { shown: UnitCounts[]; rest: number } {
  const risk = (u: UnitCounts) => (u.counts.off_track + u.counts.at_risk) / Math.max(1, total(u.counts));
  const sorted = [...units].sort((a, b) => risk(b) - risk(a) || b.counts.off_track + b.counts.at_risk - (a.counts.off_track + a.counts.at_risk) || a.unitId - b.unitId);
  return { shown: sorted.slice(0, limit), rest: Math.max(0, sorted.length - limit) };
}
