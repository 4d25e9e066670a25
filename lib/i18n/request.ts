import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { INTL_LOCALE, LOCALE_COOKIE, localeFrom } from './locales';

// Swedish is the product's language; a person may choose English instead (a cookie, see
// lib/i18n/set-language.ts). Every text comes from the catalogue: one folder per language.
export { DEFAULT_LOCALE } from './locales';
export const TIME_ZONE = 'Europe/Stockholm';

/**
 * One file per area keeps each feature's texts beside each other; their top-level keys must not clash.
 * Every part needs a file in every language's folder (lib/i18n/catalogue-parity.test.ts checks it).
 */
export const CATALOGUE_PARTS = [
  'core',
  'goals',
  'plans',
  'assignments',
  'follow-ups',
  'dashboards',
  'rules',
  'report-exports',
  'sso',
  'import',
  'privacy',
  'kolada',
  'public',
  'reports',
] as const;

export default getRequestConfig(async () => {
  const locale = localeFrom((await cookies()).get(LOCALE_COOKIE)?.value);
  const parts = await Promise.all(CATALOGUE_PARTS.map((part) => import(`../../messages/${locale}/${part}.json`)));
  return {
    locale: INTL_LOCALE[locale],
    timeZone: TIME_ZONE,
    messages: Object.assign({}, ...parts.map((p) => p.default)),
  };
});
