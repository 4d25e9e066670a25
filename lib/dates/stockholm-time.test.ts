import { describe, expect, it } from 'vitest';
import { dayInStockholm, startOfDayInStockholm, todayInStockholm } from './stockholm-time';

describe('the day in Stockholm', () => {
  it('is Swedish time, not UTC, on either side of midnight', () => {
    // Winter time, UTC+1.
    expect(dayInStockholm(new Date('2026-11-22T22:59:59Z'))).toBe('2026-11-22');
    expect(dayInStockholm(new Date('2026-11-22T23:00:00Z'))).toBe('2026-11-23');
    // Summer time, UTC+2.
    expect(dayInStockholm(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(dayInStockholm(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('turns the year at Stockholm midnight, an hour before UTC', () => {
    expect(todayInStockholm(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInStockholm(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('follows the clock changes', () => {
    // 29 March 2026: 02:00 becomes 03:00. 25 October 2026: 03:00 becomes 02:00.
    expect(dayInStockholm(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(dayInStockholm(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(dayInStockholm(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(dayInStockholm(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(dayInStockholm(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(dayInStockholm(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('is today by default', () => {
    const before = dayInStockholm(new Date());
    const today = todayInStockholm();
    expect([before, dayInStockholm(new Date())]).toContain(today);
  });
});

describe('the start of a Stockholm day', () => {
  it('is local midnight in winter and in summer', () => {
    expect(startOfDayInStockholm('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayInStockholm('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('is local midnight on the days the clocks change and the days after', () => {
    expect(startOfDayInStockholm('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInStockholm('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayInStockholm('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDayInStockholm('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('is the year end in Stockholm, not in UTC', () => {
    expect(startOfDayInStockholm('2027-01-01').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(dayInStockholm(startOfDayInStockholm('2027-01-01'))).toBe('2027-01-01');
    expect(dayInStockholm(new Date(startOfDayInStockholm('2027-01-01').getTime() - 1))).toBe('2026-12-31');
  });
});
