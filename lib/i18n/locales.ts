/** The languages the interface speaks. Swedish is the product's language and the default. */
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

/** The cookie that remembers a person's choice of language (the name next-intl itself uses). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

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
export function otherLocale(locale: string): Locale {
  return localeFrom(locale) === 'sv' ? 'en' : 'sv';
}
