import { getRequestConfig } from 'next-intl/server';
import { CATALOGUE } from './catalogue';

// Swedish is the product's language. Every text comes from the catalogue so that another
// language (English first) can be added as a second folder without touching the pages.
export const DEFAULT_LOCALE = 'sv';
export const TIME_ZONE = 'Europe/Stockholm';

// The catalogue's parts are listed in ./catalogue.ts.
export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  timeZone: TIME_ZONE,
  messages: CATALOGUE,
}));
