/** The languages the interface speaks. Swedish is the product's language and the default. */
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

/** The cookie that remembers a person's choice of language (the name next-intl itself uses). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/**
 * The tag the interface runs under (html lang, dates, numbers): the English texts are British, so
 * dates read "18 December 2026" rather than the American "December 18, 2026".
 */
export const INTL_LOCALE: Record<Locale, string> = { sv: 'sv', en: 'en-GB' };

/** The catalogue language of an interface tag ("en-GB" → "en"); anything else is Swedish. */
export function languageOf(intlLocale: string): Locale {
  return localeFrom(intlLocale.split('-')[0]);
}

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A cookie's value is the browser's to send: anything not known falls back to Swedish. */
export function localeFrom(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The language the switch offers: the other one. */
export function otherLocale(intlLocale: string): Locale {
  return languageOf(intlLocale) === 'sv' ? 'en' : 'sv';
}
