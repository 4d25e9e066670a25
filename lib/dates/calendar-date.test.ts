import { describe, expect, it } from 'vitest';
import { addDays, addYears, dateAtNoon, isCalendarDate, isoDate, lastDayOfMonth } from './calendar-date';

describe('calendar dates', () => {
  it('are written yyyy-mm-dd with leading zeros', () => {
    expect(isoDate(2026, 3, 5)).toBe('2026-03-05');
    expect(isoDate(2026, 12, 31)).toBe('2026-12-31');
  });

  it('are real days only', () => {
    for (const valid of ['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29']) expect(isCalendarDate(valid)).toBe(true);
    for (const invalid of ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-5', '20260105', '2026-01-05T00:00', ' 2026-01-05', '']) expect(isCalendarDate(invalid)).toBe(false);
  });

  it('know how long each month is, February in leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(lastDayOfMonth(2028, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
  });

  it('step by days across the month and the year end', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-11-25', 7)).toBe('2026-12-02');
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
  });

  it('step by days over the clock changes without losing or doubling a day', () => {
    // Stockholm moves to summer time on 29 March 2026 and back on 25 October 2026.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -1)).toBe('2026-10-25');
  });

  it('step by years, 29 February becoming 28 February', () => {
    expect(addYears('2026-03-15', 1)).toBe('2027-03-15');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', -4)).toBe('2024-02-29');
    expect(addYears('2028-02-29', -3)).toBe('2025-02-28');
    expect(addYears('2026-12-31', 1)).toBe('2027-12-31');
  });

  it('read at noon UTC, which is the same day in Stockholm summer and winter', () => {
    expect(dateAtNoon('2026-12-31').toISOString()).toBe('2026-12-31T12:00:00.000Z');
    for (const iso of ['2026-01-01', '2026-03-29', '2026-06-30', '2026-10-25', '2026-12-31']) {
      expect(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(dateAtNoon(iso))).toBe(iso);
      expect(dateAtNoon(iso).toISOString().slice(0, 10)).toBe(iso);
    }
  });
});
