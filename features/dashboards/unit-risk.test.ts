import { describe, expect, it } from 'vitest';
import { mostAtRisk } from './unit-risk';
import type { StatusCounts } from './trend';

const counts = (c: Partial<StatusCounts>): StatusCounts => ({ not_started: 0, on_track: 0, at_risk: 0, off_track: 0, done: 0, ...c });

describe('mostAtRisk', () => {
  const units = [
    { unitId: 1, counts: counts({ on_track: 4, at_risk: 1 }) },
    { unitId: 2, counts: counts({ off_track: 2, done: 2 }) },
    { unitId: 3, counts: counts({ done: 3 }) },
    { unitId: 4, counts: counts({ at_risk: 1, on_track: 1 }) },
  ];

  it('puts the largest share at risk or deviating first and counts the units left out', () => {
    const { shown, rest } = mostAtRisk(units, 3);
    expect(shown.map((u) => u.unitId)).toEqual([2, 4, 1]);
    expect(rest).toBe(1);
  });

  it('breaks a tie in share by the number of activities at risk', () => {
    const tied = [
      { unitId: 5, counts: counts({ at_risk: 1, done: 1 }) },
      { unitId: 6, counts: counts({ at_risk: 3, done: 3 }) },
    ];
    expect(mostAtRisk(tied, 10).shown.map((u) => u.unitId)).toEqual([6, 5]);
  });
});
