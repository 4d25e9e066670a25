import { describe, expect, it } from 'vitest';
import { retentionCutoff } from './retention';

describe('the cut-off of the disposal rule', () => {
  it('is the same Stockholm day the given number of years back, from midnight local time', () => {
    const cutoff = retentionCutoff(new Date('2026-11-23T10:00:00Z'), 3);
    expect(cutoff.cutoffDate).toBe('2023-11-23');
    // Winter time: Stockholm is UTC+1.
    expect(cutoff.cutoffAt.toISOString()).toBe('2023-11-22T23:00:00.000Z');
  });

  it('uses summer time in summer', () => {
    expect(retentionCutoff(new Date('2026-07-01T12:00:00Z'), 1).cutoffAt.toISOString()).toBe('2025-06-30T22:00:00.000Z');
  });

  it('counts the day in Stockholm, not in UTC, just after midnight', () => {
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    expect(retentionCutoff(new Date('2026-12-31T23:30:00Z'), 2).cutoffDate).toBe('2025-01-01');
  });

  it('turns a 29 February without a match into 28 February', () => {
    expect(retentionCutoff(new Date('2028-02-29T12:00:00Z'), 3).cutoffDate).toBe('2025-02-28');
    expect(retentionCutoff(new Date('2028-02-29T12:00:00Z'), 4).cutoffDate).toBe('2024-02-29');
  });

  it('refuses a rule outside 1–10 whole years', () => {
    for (const years of [0, 11, 2.5, Number.NaN]) expect(() => retentionCutoff(new Date(), years)).toThrow(RangeError);
  });
});
