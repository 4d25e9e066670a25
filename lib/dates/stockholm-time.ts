/*
 * The municipality's clock. Deadlines, "today" and the days in the audit log and the disposal rule
 * are Swedish calendar days, not UTC's: between midnight and two in the morning in summer the two
 * disagree. This module imports nothing, so the command-line tools use it as the pages do.
 */

/** The zone every date is shown and reckoned in; the interface's formatters use it too (lib/i18n). */
export const TIME_ZONE = 'Europe/Stockholm';

// Built once: constructing an Intl formatter costs more than formatting with it.
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const partsFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The Stockholm calendar day an instant falls on, as yyyy-mm-dd. */
export function dayInStockholm(at: Date): string {
  return dayFormat.format(at);
}

/** Today in Stockholm as yyyy-mm-dd: a deadline or a period that ends today has not passed for a Swedish reader until midnight there. */
export function todayInStockholm(now: Date = new Date()): string {
  return dayInStockholm(now);
}

/** How far Stockholm's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(at: Date): number {
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a Stockholm calendar day begins (00:00 local time, summer or winter). */
export function startOfDayInStockholm(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // The offset at the guess is right except within hours of a clock change; a second pass fixes that.
  const first = guess - offsetAt(new Date(guess));
  return new Date(guess - offsetAt(new Date(first)));
}
