import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import type { Fulfilment } from '@/lib/domain/fulfilment';

/**
 * The documented rule behind a proposed fulfilment (måluppfyllelse). People override it with
 * their own assessment; both stay visible. The municipal office may change weights and thresholds.
 *
 *   activity score  = Σ (value of each activity's status) / number of activities
 *                     done 1 · on track 0.75 · at risk 0.4 · not started 0.1 · off track 0
 *   indicator score = mean progress from baseline to target of the goal's indicators (0–1)
 *   score           = weighted mean of the two (only the activity score without indicator values)
 *   proposal        = uppfyllt from `fulfilledFrom`, delvis uppfyllt from `partlyFrom`, else ej uppfyllt
 */
export interface RollupSettings {
  activityWeight: number;
  indicatorWeight: number;
  fulfilledFrom: number;
  partlyFrom: number;
}

export const DEFAULT_SETTINGS: RollupSettings = { activityWeight: 0.6, indicatorWeight: 0.4, fulfilledFrom: 0.75, partlyFrom: 0.45 };

export const STATUS_VALUE: Record<ActivityStatus, number> = { done: 1, on_track: 0.75, at_risk: 0.4, not_started: 0.1, off_track: 0 };

export type StatusCounts = Record<ActivityStatus, number>;

export const emptyCounts = (): StatusCounts => ({ not_started: 0, on_track: 0, at_risk: 0, off_track: 0, done: 0 });

export function activityScore(counts: StatusCounts): number | null {
  const total = Object.values(counts).reduce((s, n) => s + n, 0);
  if (total === 0) return null;
  return (Object.entries(counts) as [ActivityStatus, number][]).reduce((s, [status, n]) => s + STATUS_VALUE[status] * n, 0) / total;
}

/** How far a value has come from the baseline towards the target, clamped to 0–1 (a decrease target counts down). */
export function indicatorProgress(baseline: number, target: number, value: number): number {
  if (target === baseline) return value === target ? 1 : 0;
  const progress = (value - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, progress));
}

export function proposeFulfilment(counts: StatusCounts, indicatorMean: number | null, settings: RollupSettings = DEFAULT_SETTINGS): { score: number; proposal: Fulfilment } | null {
  const activities = activityScore(counts);
  if (activities === null && indicatorMean === null) return null;
  let score: number;
  if (activities === null) score = indicatorMean!;
  else if (indicatorMean === null) score = activities;
  else score = (activities * settings.activityWeight + indicatorMean * settings.indicatorWeight) / (settings.activityWeight + settings.indicatorWeight);
  const proposal: Fulfilment = score >= settings.fulfilledFrom ? 'fulfilled' : score >= settings.partlyFrom ? 'partly_fulfilled' : 'not_fulfilled';
  return { score, proposal };
}
