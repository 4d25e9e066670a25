import { stockholmDate, stockholmMidnight } from '@/lib/dates/stockholm-time';

/** Used until the administrator sets the municipality's own rule. */
export const DEFAULT_TALK_NOTE_YEARS = 3;
export const MIN_TALK_NOTE_YEARS = 1;
export const MAX_TALK_NOTE_YEARS = 10;

interface RetentionCutoff {
  /** The first Stockholm calendar day whose notes are kept (yyyy-mm-dd). */
  cutoffDate: string;
  /** Notes written before this instant are removed. */
  cutoffAt: Date;
}

/**
 * The cut-off for notes older than `years` years as of `now`: the same calendar day that many
 * years back, in Stockholm. A 29 February without its match becomes 28 February, so the cut-off
 * never moves later than "that many years".
 */
export function retentionCutoff(now: Date, years: number): RetentionCutoff {
  if (!Number.isInteger(years) || years < MIN_TALK_NOTE_YEARS || years > MAX_TALK_NOTE_YEARS) throw new RangeError(`Gallringsfristen måste vara ${MIN_TALK_NOTE_YEARS}–${MAX_TALK_NOTE_YEARS} år, inte ${years}.`);
  const today = stockholmDate(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const cutoffDate = `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return { cutoffDate, cutoffAt: stockholmMidnight(cutoffDate) };
}

