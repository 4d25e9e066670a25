/*
 * Calendar dates as the database stores them: yyyy-mm-dd text, with no time and no time zone.
 * Such dates compare and sort correctly as strings. The arithmetic here is by the calendar, done
 * in UTC where no clock change can shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** Midnight UTC of a day; unlike Date.UTC, years below 100 stay what they are. Days past the month's end roll over. */
function utcDay(year: number, month: number, day: number): Date {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return at;
}

/** yyyy-mm-dd from a year, a month (1–12) and a day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether the text is yyyy-mm-dd and a real day: 2026-02-30 is not, though JavaScript reads it as 2 March. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** The number of days in a month (1–12): 28 or 29 for February. */
export function lastDayOfMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return utcDay(year, month + 1, 0).getUTCDate();
}

/** The date a number of days later (negative goes back), across months and years. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = partsOf(iso);
  return utcDay(y, m, d + days)
    .toISOString()
    .slice(0, 10);
}

/** The same calendar day a number of years later (negative goes back); 29 February becomes 28 February. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = partsOf(iso);
  const year = y + years;
  return isoDate(year, m, Math.min(d, lastDayOfMonth(year, m)));
}

/**
 * The instant at noon UTC of a calendar date, for APIs that want a Date. Noon falls on the same
 * day in every time zone from UTC−11 to UTC+11, Stockholm's summer and winter time included, so
 * printing it never shows the day before or after.
 */
export function dateAtNoon(iso: string): Date {
  const at = utcDay(...partsOf(iso));
  at.setUTCHours(12);
  return at;
}
