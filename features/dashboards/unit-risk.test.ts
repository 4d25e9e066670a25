import { describe, expect, it } from 'vitest';
import { countsPerUnit, mostAtRisk } from './unit-risk';

describe('countsPerUnit and mostAtRisk', () => {
  const units = countsPerUnit([
    { unitId: 1, status: 'on_track', n: 4 },
    { unitId: 1, status: 'at_risk', n: 1 },
    { unitId: 2, status: 'off_track', n: 2 },
    { unitId: 2, status: 'done', n: 2 },
    { unitId: 3, status: 'done', n: 3 },
    { unitId: 4, status: 'at_risk', n: 1 },
    { unitId: 4, status: 'on_track', n: 1 },
  ]);

  it('folds the grouped rows into one entry per unit', () => {
    expect(units.find((u) => u.unitId === 2)?.counts).toEqual({ not_started: 0, on_track: 0, at_risk: 0, off_track: 2, done: 2 });
  });

  it('puts the largest share at risk or deviating first and counts the units left out', () => {
    const { shown, rest } = mostAtRisk(units, 3);
    expect(shown.map((u) => u.unitId)).toEqual([2, 4, 1]);
    expect(rest).toBe(1);
  });

  it('breaks a tie in share by the number of activities at risk', () => {
    const tied = countsPerUnit([
      { unitId: 5, status: 'at_risk', n: 1 },
      { unitId: 5, status: 'done', n: 1 },
      { unitId: 6, status: 'at_risk', n: 3 },
      { unitId: 6, status: 'done', n: 3 },
    ]);
    expect(mostAtRisk(tied, 10).shown.map((u) => u.unitId)).toEqual([6, 5]);
  });
});
