import { getRequestConfig } from 'next-intl/server';

// Swedish is the product's language. Every text comes from the catalogue so that another
// language (English first) can be added as a second folder without touching the pages.
export const DEFAULT_LOCALE = 'sv';
export const TIME_ZONE = 'Europe/Stockholm';

/** One file per area keeps each feature's texts beside each other; their top-level keys must not clash. */
const CATALOGUE_PARTS = [
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
  'password',
] as const;

export default getRequestConfig(async () => {
  const parts = await Promise.all(CATALOGUE_PARTS.map((part) => import(`../../messages/${DEFAULT_LOCALE}/${part}.json`)));
  return {
    locale: DEFAULT_LOCALE,
    timeZone: TIME_ZONE,
    messages: Object.assign({}, ...parts.map((p) => p.default)),
  };
});
