import 'server-only';
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from 'next-intl';
import type { getFormatter, getTranslations } from 'next-intl/server';
import { CATALOGUE } from './catalogue';
import { DEFAULT_LOCALE, TIME_ZONE } from './request';

/**
 * Translations for the busiest server-rendered pages, shared by every request of the process.
 * next-intl keeps its compiled messages and Intl formatters for one request only, so each request
 * parsed every ICU message again and built every number format anew – on the council's page that
 * was a fifth of the server's time. The catalogue and the locale never change while the server
 * runs, so here each message is compiled once per process.
 * Used like getTranslations/getFormatter (and their hooks), synchronously, on the server only.
 */
type Translator = Awaited<ReturnType<typeof getTranslations>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const cache = _createCache();
const formatters = _createIntlFormatters(cache);
const translators = new Map<string, Translator>();
let shared: Formatter | undefined;

export function translator(namespace = ''): Translator {
  let t = translators.get(namespace);
  if (!t) {
    t = createTranslator({ locale: DEFAULT_LOCALE, timeZone: TIME_ZONE, messages: CATALOGUE, namespace: namespace || undefined, _cache: cache, _formatters: formatters }) as unknown as Translator;
    translators.set(namespace, t);
  }
  return t;
}

export function formatter(): Formatter {
  shared ??= createFormatter({ locale: DEFAULT_LOCALE, timeZone: TIME_ZONE, _formatters: formatters }) as unknown as Formatter;
  return shared;
}
