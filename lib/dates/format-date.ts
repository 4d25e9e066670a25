import { languageOf, type Locale } from '@/lib/i18n/locales';
import { dateAtNoon } from './calendar-date';
import { TIME_ZONE } from './stockholm-time';

/**
 * How the pages print a date, one formatter per language. Swedish reads "18 december 2026"; the
 * English texts are British, so English reads "18 December 2026" rather than "December 18, 2026".
 */
const DATE_LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const satisfies Record<Locale, string>;
type DateLocale = (typeof DATE_LOCALE)[Locale];

/**
 * `long` for running text and headings, `dayMonth` where the year is plain from the page ("18 dec."),
 * `month` for a chart's months ("okt.", "Oct").
 */
export type DateStyle = 'long' | 'dayMonth' | 'month';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  dayMonth: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
};

/** The printing tag for a request's language tag ("sv", "en-GB"…); an unknown one prints Swedish. */
function dateLocaleOf(locale: string): DateLocale {
  return DATE_LOCALE[languageOf(locale)];
}

// Built once per locale and style: constructing an Intl formatter costs more than formatting with it.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(locale: DateLocale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${key}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
    formats.set(id, format);
  }
  return format;
}

/** A calendar date (yyyy-mm-dd) as the reader's language writes it. */
export function formatDate(iso: string, locale: string, style: DateStyle = 'long'): string {
  return formatOf(dateLocaleOf(locale), style, DATE_OPTIONS[style]).format(dateAtNoon(iso));
}

/** An instant as a short date and time on Stockholm's clock, for exports and downloads ("2026-12-18 13:00"). */
export function formatDateTime(at: Date, locale: string): string {
  return formatOf(dateLocaleOf(locale), 'dateTime', { dateStyle: 'short', timeStyle: 'short' }).format(at);
}
