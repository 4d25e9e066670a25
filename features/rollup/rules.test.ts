import { describe, expect, it } from 'vitest';
import { activityScore, DEFAULT_SETTINGS, emptyCounts, indicatorProgress, proposeFulfilment } from './rules';

const counts = (c: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...c });

describe('the roll-up rule', () => {
  it('scores activities by their status', () => {
    expect(activityScore(counts({ done: 2 }))).toBe(1);
    expect(activityScore(counts({ done: 1, off_track: 1 }))).toBe(0.5);
    expect(activityScore(counts({}))).toBeNull();
  });

  it('measures indicator progress towards the target in either direction, clamped', () => {
    expect(indicatorProgress(80, 90, 85)).toBe(0.5);
    expect(indicatorProgress(16, 12, 14)).toBe(0.5); // fewer staff per client is better
    expect(indicatorProgress(80, 90, 95)).toBe(1);
    expect(indicatorProgress(80, 90, 70)).toBe(0);
  });

  it('proposes uppfyllt, delvis uppfyllt or ej uppfyllt from the weighted score', () => {
    expect(proposeFulfilment(counts({ done: 8, on_track: 2 }), 0.9)?.proposal).toBe('fulfilled');
    expect(proposeFulfilment(counts({ on_track: 5, at_risk: 5 }), 0.3)?.proposal).toBe('partly_fulfilled');
    expect(proposeFulfilment(counts({ off_track: 6, not_started: 4 }), 0.1)?.proposal).toBe('not_fulfilled');
  });

  it('uses what there is when one side is missing, and nothing when both are', () => {
    expect(proposeFulfilment(counts({ done: 1 }), null)?.score).toBe(1);
    expect(proposeFulfilment(counts({}), 0.5)?.score).toBe(0.5);
    expect(proposeFulfilment(counts({}), null)).toBeNull();
  });

  it('follows the settings the municipal office chose', () => {
    const strict = { ...DEFAULT_SETTINGS, fulfilledFrom: 0.95 };
    expect(proposeFulfilment(counts({ done: 7, on_track: 3 }), null)?.proposal).toBe('fulfilled');
    expect(proposeFulfilment(counts({ done: 7, on_track: 3 }), null, strict)?.proposal).toBe('partly_fulfilled');
    expect(proposeFulfilment(counts({ done: 1 }), 0, { ...DEFAULT_SETTINGS, activityWeight: 0, indicatorWeight: 1 })?.proposal).toBe('not_fulfilled');
  });
});
