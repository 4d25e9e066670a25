import 'server-only';
import { use } from 'react';
import { _createCache, _createIntlFormatters, createFormatter, createTranslator, useLocale } from 'next-intl';
import { getLocale, type getFormatter, type getTranslations } from 'next-intl/server';
import { languageOf, type Locale } from './locales';
import { catalogueOf, TIME_ZONE } from './request';

/**
 * Translations for the busiest server-rendered pages, shared by every request of the process.
 * next-intl keeps its compiled messages and Intl formatters for one request only, so each request
 * parsed every ICU message again and built every number format anew – on the council's page that
 * was a fifth of the server's time. The catalogue of a language never changes while the server
 * runs, so here each message is compiled once per process and language.
 * Used like getTranslations/getFormatter, on the server only.
 */
type Translator = Awaited<ReturnType<typeof getTranslations>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

interface PerLanguage {
  cache: ReturnType<typeof _createCache>;
  formatters: ReturnType<typeof _createIntlFormatters>;
  translators: Map<string, Translator>;
  formatter?: Formatter;
}
const languages = new Map<Locale, PerLanguage>();

function perLanguage(locale: Locale): PerLanguage {
  let entry = languages.get(locale);
  if (!entry) {
    const cache = _createCache();
    entry = { cache, formatters: _createIntlFormatters(cache), translators: new Map() };
    languages.set(locale, entry);
  }
  return entry;
}

function translatorOf(intlLocale: string, messages: Record<string, unknown>, namespace: string): Translator {
  const entry = perLanguage(languageOf(intlLocale));
  let t = entry.translators.get(namespace);
  if (!t) {
    t = createTranslator({ locale: intlLocale, timeZone: TIME_ZONE, messages, namespace: namespace || undefined, _cache: entry.cache, _formatters: entry.formatters }) as unknown as Translator;
    entry.translators.set(namespace, t);
  }
  return t;
}

function formatterOf(intlLocale: string): Formatter {
  const entry = perLanguage(languageOf(intlLocale));
  entry.formatter ??= createFormatter({ locale: intlLocale, timeZone: TIME_ZONE, _formatters: entry.formatters }) as unknown as Formatter;
  return entry.formatter;
}

export async function translator(namespace = ''): Promise<Translator> {
  const intlLocale = await getLocale();
  return translatorOf(intlLocale, await catalogueOf(languageOf(intlLocale)), namespace);
}

export async function formatter(): Promise<Formatter> {
  return formatterOf(await getLocale());
}

/*
 * The same for components that are not async. An async component is sent to the browser as a
 * part of its own, resolved after the rest; a page with a status badge on every row then became
 * hundreds of parts, each costing the server more than the badge itself. These read the request's
 * language and the (once loaded) catalogue without waiting.
 */
export function useSharedTranslator(namespace = ''): Translator {
  const intlLocale = useLocale();
  return translatorOf(intlLocale, use(catalogueOf(languageOf(intlLocale))), namespace);
}

export function useSharedFormatter(): Formatter {
  return formatterOf(useLocale());
}
