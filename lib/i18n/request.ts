import { getRequestConfig } from 'next-intl/server';

// Swedish is the product's language. Every text comes from the catalogue so that another
// language (English first) can be added as a second file without touching the pages.
export const DEFAULT_LOCALE = 'sv';
export const TIME_ZONE = 'Europe/Stockholm';

export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  timeZone: TIME_ZONE,
  messages: (await import(`../../messages/${DEFAULT_LOCALE}.json`)).default,
}));
