// The same zone as the UI's (lib/i18n/request.ts); not imported from there, so the CLI can use it.
const TIME_ZONE = 'Europe/Stockholm';

/** Dates in the audit viewer and the disposal rule are the municipality's calendar days, not UTC's. */
const dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const partsFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The calendar day in Stockholm at this instant, as yyyy-mm-dd. */
export function stockholmDate(at: Date): string {
  return dateFormat.format(at);
}

/** How far Stockholm's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(at: Date): number {
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a Stockholm calendar day begins (00:00 local time, summer or winter). */
export function stockholmMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // The offset at the guess is right except within hours of a clock change; a second pass fixes that.
  const first = guess - offsetAt(new Date(guess));
  return new Date(guess - offsetAt(new Date(first)));
}

/** yyyy-mm-dd plus a number of days (negative goes back), by the calendar. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
