import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { TIME_ZONE } from '../dates/stockholm-time';
import { INTL_LOCALE, LOCALE_COOKIE, localeFrom, type Locale } from './locales';

// Swedish is the product's language; a person may choose English instead (a cookie, see
// lib/i18n/set-language.ts). Every text comes from the catalogue: one folder per language.
export { DEFAULT_LOCALE } from './locales';
export { TIME_ZONE };

/**
 * One file per area keeps each feature's texts beside each other; their top-level keys must not clash.
 * Every part needs a file in every language's folder (lib/i18n/catalogue-parity.test.ts checks it).
 */
export const CATALOGUE_PARTS = ['core', 'goals', 'plans', 'assignments', 'follow-ups', 'dashboards', 'rules', 'report-exports', 'sso', 'import', 'privacy', 'kolada', 'public', 'reports', 'password'] as const;

// The catalogue never changes while the server runs: each language is read and merged once per
// process, so every request (and lib/i18n/shared.ts) gets the same object.
const catalogues = new Map<Locale, Promise<Record<string, unknown>>>();

export function catalogueOf(locale: Locale): Promise<Record<string, unknown>> {
  let catalogue = catalogues.get(locale);
  if (!catalogue) {
    catalogue = Promise.all(CATALOGUE_PARTS.map((part) => import(`../../messages/${locale}/${part}.json`))).then((parts) => Object.assign({}, ...parts.map((p) => p.default)));
    catalogues.set(locale, catalogue);
  }
  return catalogue;
}

export default getRequestConfig(async () => {
  const locale = localeFrom((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale: INTL_LOCALE[locale], timeZone: TIME_ZONE, messages: await catalogueOf(locale) };
});
