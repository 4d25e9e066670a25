import { describe, expect, it } from 'vitest';
import { goodShareDelta, sharesOf, trendOf, type StatusCounts } from './trend';

const c = (done: number, on_track: number, at_risk: number, off_track: number, not_started: number): StatusCounts => ({ done, on_track, at_risk, off_track, not_started });

describe('sharesOf', () => {
  it('gives percent per status', () => {
    expect(sharesOf(c(1, 1, 1, 0, 0))).toEqual({ done: 33.3, on_track: 33.3, at_risk: 33.3, off_track: 0, not_started: 0 });
  });
  it('gives zeros without activities', () => {
    expect(sharesOf(c(0, 0, 0, 0, 0)).done).toBe(0);
  });
});

describe('trendOf', () => {
  it('keeps the periods in order and leaves out months without a roll-up', () => {
    const rollups = new Map([
      [3, c(0, 2, 2, 0, 0)],
      [1, c(0, 0, 0, 0, 4)],
    ]);
    const points = trendOf(
      [
        { id: 1, periodEnd: '2026-01-31' },
        { id: 2, periodEnd: '2026-02-28' },
        { id: 3, periodEnd: '2026-03-31' },
      ],
      rollups,
    );
    expect(points.map((x) => x.periodEnd)).toEqual(['2026-01-31', '2026-03-31']);
    expect(points[1]?.shares.on_track).toBe(50);
    expect(points[1]?.activities).toBe(4);
  });
});

describe('goodShareDelta', () => {
  it('is the change in percentage points of done or on track', () => {
    expect(goodShareDelta(c(1, 1, 0, 0, 0), c(0, 1, 1, 0, 0))).toBe(50);
    expect(goodShareDelta(c(0, 0, 1, 0, 2), c(1, 0, 0, 0, 0))).toBe(-100);
  });
  it('is null when either side has nothing to compare', () => {
    expect(goodShareDelta(c(1, 0, 0, 0, 0), null)).toBeNull();
    expect(goodShareDelta(c(0, 0, 0, 0, 0), c(1, 0, 0, 0, 0))).toBeNull();
  });
});
