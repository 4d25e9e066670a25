import { ACTIVITY_STATUSES, type ActivityStatus } from '@/lib/domain/activity-statuses';

export type StatusCounts = Record<ActivityStatus, number>;

/** The order of the statuses in charts and tables: best first, so the stacks read from the top. */
export const STATUS_ORDER: readonly ActivityStatus[] = ['done', 'on_track', 'at_risk', 'off_track', 'not_started'];

export interface TrendPoint {
  periodId: number;
  /** The period's last day (ISO date). */
  periodEnd: string;
  activities: number;
  /** Share of the activities per status in percent (0–100), rounded to one decimal; all 0 without activities. */
  shares: Record<ActivityStatus, number>;
  counts: StatusCounts;
}

export function sharesOf(counts: StatusCounts): Record<ActivityStatus, number> {
  const total = ACTIVITY_STATUSES.reduce((s, k) => s + counts[k], 0);
  const shares = {} as Record<ActivityStatus, number>;
  for (const k of ACTIVITY_STATUSES) shares[k] = total === 0 ? 0 : Math.round((counts[k] / total) * 1000) / 10;
  return shares;
}

/**
 * One point per passed monthly period, in the periods' order. A month without a roll-up row (none
 * was built yet) is left out rather than drawn as zero, which would read as a collapse.
 */
export function trendOf(periods: { id: number; periodEnd: string }[], rollups: Map<number, StatusCounts>): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const p of periods) {
    const counts = rollups.get(p.id);
    if (!counts) continue;
    points.push({ periodId: p.id, periodEnd: p.periodEnd, activities: ACTIVITY_STATUSES.reduce((s, k) => s + counts[k], 0), shares: sharesOf(counts), counts });
  }
  return points;
}

/** Share of activities done or on track, in percent; null without activities. */
export function goodShare(counts: StatusCounts): number | null {
  const total = ACTIVITY_STATUSES.reduce((s, k) => s + counts[k], 0);
  return total === 0 ? null : ((counts.done + counts.on_track) / total) * 100;
}

/** Change in percentage points of the share done or on track, rounded to one decimal; null when either side is missing. */
export function goodShareDelta(current: StatusCounts | null, earlier: StatusCounts | null): number | null {
  const now = current ? goodShare(current) : null;
  const then = earlier ? goodShare(earlier) : null;
  if (now === null || then === null) return null;
  return Math.round((now - then) * 10) / 10;
}
