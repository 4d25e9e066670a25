import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineState, isLate, stockholmDay } from './deadlines';

describe('report deadlines', () => {
  it('is open until the deadline day has passed, late after it', () => {
    expect(deadlineState('2026-09-12', '2026-09-12', null)).toBe('open');
    expect(deadlineState('2026-09-12', '2026-09-13', null)).toBe('late');
    expect(isLate(deadlineState('2026-09-12', '2026-09-13', null))).toBe(true);
  });
  it('tells work done on time from work done late', () => {
    expect(deadlineState('2026-09-12', '2026-10-01', '2026-09-12')).toBe('done');
    expect(deadlineState('2026-09-12', '2026-10-01', '2026-09-14')).toBe('doneLate');
    expect(isLate('done')).toBe(false);
    expect(isLate('doneLate')).toBe(true);
  });
  it('counts days and reads timestamps in Swedish time', () => {
    expect(daysUntil('2026-09-12', '2026-09-10')).toBe(2);
    expect(daysUntil('2026-09-12', '2026-09-15')).toBe(-3);
    expect(stockholmDay(new Date('2026-08-31T22:30:00Z'))).toBe('2026-09-01');
  });
});
