import { describe, expect, it } from 'vitest';
import { deadlineState } from './deadlines';

describe('report deadlines', () => {
  it('is open until the deadline day has passed, late after it', () => {
    expect(deadlineState('2026-09-12', '2026-09-12', null)).toBe('open');
    expect(deadlineState('2026-09-12', '2026-09-13', null)).toBe('late');
  });
  it('tells work done on time from work done late', () => {
    expect(deadlineState('2026-09-12', '2026-10-01', '2026-09-12')).toBe('done');
    expect(deadlineState('2026-09-12', '2026-10-01', '2026-09-14')).toBe('doneLate');
  });
});
