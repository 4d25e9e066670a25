import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date';

describe('printing a date', () => {
  it('writes Swedish for Swedish readers', () => {
    expect(formatDate('2026-12-18', 'sv')).toBe('18 december 2026');
    expect(formatDate('2026-12-18', 'sv-SE')).toBe('18 december 2026');
    expect(formatDate('2026-12-18', 'sv', 'dayMonth')).toBe('18 dec.');
    expect(formatDate('2026-10-31', 'sv', 'month')).toBe('okt.');
    expect(formatDate('2026-05-31', 'sv-SE', 'month')).toBe('maj');
  });

  it('writes British English for English readers', () => {
    expect(formatDate('2026-12-18', 'en-GB')).toBe('18 December 2026');
    expect(formatDate('2026-12-18', 'en')).toBe('18 December 2026');
    expect(formatDate('2026-12-18', 'en-GB', 'dayMonth')).toBe('18 Dec');
    expect(formatDate('2026-10-31', 'en-GB', 'month')).toBe('Oct');
    expect(formatDate('2026-05-31', 'en', 'month')).toBe('May');
  });

  it('falls back to Swedish for a language the interface does not speak', () => {
    expect(formatDate('2026-12-18', 'de-DE')).toBe('18 december 2026');
  });

  it('prints the stored day itself on the year end and the days the clocks change', () => {
    expect(formatDate('2026-12-31', 'sv')).toBe('31 december 2026');
    expect(formatDate('2027-01-01', 'en-GB')).toBe('1 January 2027');
    expect(formatDate('2026-03-29', 'sv')).toBe('29 mars 2026');
    expect(formatDate('2026-10-25', 'en-GB')).toBe('25 October 2026');
    // A month's period ends on its last day: the chart names that month, not the next.
    expect(formatDate('2026-12-31', 'en-GB', 'month')).toBe('Dec');
    expect(formatDate('2026-01-31', 'sv', 'month')).toBe('jan.');
  });
});

describe('printing an instant', () => {
  it('uses Stockholm time, summer and winter', () => {
    expect(formatDateTime(new Date('2026-12-18T12:00:00Z'), 'sv')).toBe('2026-12-18 13:00');
    expect(formatDateTime(new Date('2026-06-18T12:00:00Z'), 'sv')).toBe('2026-06-18 14:00');
    expect(formatDateTime(new Date('2026-12-31T23:30:00Z'), 'sv')).toBe('2027-01-01 00:30');
    expect(formatDateTime(new Date('2026-12-18T12:00:00Z'), 'en-GB')).toBe('18/12/2026, 13:00');
  });
});
