import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE, suppressSmallGroups } from './small-groups';

describe('the small-group rule', () => {
  it('is six people', () => {
    expect(MIN_GROUP_SIZE).toBe(6);
  });

  it('shows groups of six or more and hides smaller ones with a reason', () => {
    const figures = suppressSmallGroups([
      { key: 'a', people: 12, counts: { on_track: 10, at_risk: 2 } },
      { key: 'b', people: 6, counts: { on_track: 6 } },
      { key: 'c', people: 5, counts: { off_track: 1, on_track: 4 } },
      { key: 'd', people: 2, counts: { at_risk: 2 } },
    ]);
    expect(figures.map((f) => [f.key, f.suppressed])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
      ['d', true],
    ]);
    const hidden = figures.find((f) => f.key === 'c');
    expect(hidden).toMatchObject({ people: null, counts: null, reason: 'tooFewPeople' });
  });

  it('also hides the smallest shown group when only one group is hidden, so it cannot be worked out', () => {
    const figures = suppressSmallGroups([
      { key: 'a', people: 20, counts: { on_track: 20 } },
      { key: 'b', people: 8, counts: { on_track: 8 } },
      { key: 'c', people: 3, counts: { at_risk: 3 } },
    ]);
    expect(figures.map((f) => (f.suppressed ? `${f.key}:${f.reason}` : f.key))).toEqual(['a', 'b:couldBeDerived', 'c:tooFewPeople']);
  });

  it('leaves everything visible when all groups are large enough', () => {
    expect(suppressSmallGroups([{ key: 1, people: 6, counts: {} }]).every((f) => !f.suppressed)).toBe(true);
  });
});
