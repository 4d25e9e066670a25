import { addYears } from '@/lib/dates/calendar-date';
import { startOfDayInStockholm, todayInStockholm } from '@/lib/dates/stockholm-time';

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
  const cutoffDate = addYears(todayInStockholm(now), -years);
  return { cutoffDate, cutoffAt: startOfDayInStockholm(cutoffDate) };
}
