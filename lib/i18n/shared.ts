import 'server-only';
import { cache, use } from 'react';
import { createFormatter, createTranslator } from 'next-intl';
import { getLocale, type getFormatter, type getTranslations } from 'next-intl/server';
import { languageOf, type Locale } from './locales';
import { catalogueOf, TIME_ZONE } from './request';

/**
 * Translations for the busiest server-rendered pages, shared by every request of the process.
 * next-intl keeps its compiled messages and Intl formatters for one request only, so each request
 * parsed every ICU message again and built every number format anew – on the council's page that
 * was a fifth of the server's time. The catalogue of a language never changes while the server
 * runs, so here each translator and formatter is made once per process and language: each keeps
 * the messages it has compiled and the formats it has built for as long as the process runs.
 * Used like getTranslations/getFormatter, on the server only.
 */
type Translator = Awaited<ReturnType<typeof getTranslations>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

interface PerLanguage {
  /** The language's catalogue, once an async part has loaded it. */
  messages?: Record<string, unknown>;
  translators: Map<string, Translator>;
  formatter?: Formatter;
}
const languages = new Map<Locale, PerLanguage>();

function perLanguage(locale: Locale): PerLanguage {
  let entry = languages.get(locale);
  if (!entry) {
    entry = { translators: new Map() };
    languages.set(locale, entry);
  }
  return entry;
}

const MAX_REMEMBERED = 20_000;

/**
 * A message with the same key and values always reads the same, so each translator remembers its
 * results. Formatting a message with values (a count's plural, a share's percent) looks up its
 * Intl formats by turning the arguments into JSON each time; on a dashboard, where the same few
 * hundred texts are formatted for every reader, that was a tenth of the server's time. Only
 * values that are plain text or numbers are remembered; anything else is formatted as usual.
 */
export function rememberResults(t: Translator): Translator {
  const results = new Map<string, string>();
  const format = t as unknown as (key: string, values?: Record<string, unknown>, formats?: unknown) => string;
  const remembering = (key: string, values?: Record<string, unknown>, formats?: unknown) => {
    if (formats !== undefined) return format(key, values, formats);
    let id = key;
    if (values !== undefined) {
      for (const name in values) {
        const value = values[name];
        const type = typeof value;
        if (type !== 'string' && type !== 'number') return format(key, values);
        id += `\u0001${name}\u0002${type === 'number' ? 'n' : 's'}${value as string | number}`;
      }
    }
    let text = results.get(id);
    if (text === undefined) {
      text = format(key, values);
      if (results.size >= MAX_REMEMBERED) results.clear();
      results.set(id, text);
    }
    return text;
  };
  return Object.assign(remembering, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has }) as unknown as Translator;
}

function translatorOf(intlLocale: string, namespace: string): Translator {
  const entry = perLanguage(languageOf(intlLocale));
  let t = entry.translators.get(namespace);
  if (!t) {
    // The request's language is read with its catalogue (requestLanguage below), so it is here.
    const messages = entry.messages!;
    t = rememberResults(createTranslator({ locale: intlLocale, timeZone: TIME_ZONE, messages, namespace: namespace || undefined }) as unknown as Translator);
    entry.translators.set(namespace, t);
  }
  return t;
}

/** The number options our pages use; with any other option a number goes through next-intl as usual. */
const NUMBER_OPTIONS = ['style', 'minimumFractionDigits', 'maximumFractionDigits', 'signDisplay'] as const;
type NumberOptions = Pick<Intl.NumberFormatOptions, (typeof NUMBER_OPTIONS)[number]>;

/**
 * next-intl looks up its cached number format by turning the arguments into JSON on every call;
 * a dashboard formats a few hundred numbers per request, and that look-up cost more than the
 * formatting. Here the common formats are kept by a key built from the few options they use.
 */
export function fastNumbers(base: Formatter, intlLocale: string): Formatter {
  const formats = new Map<string, Intl.NumberFormat>();
  const number = (value: number | bigint, options?: unknown) => {
    if (options !== undefined && (typeof options !== 'object' || options === null || Object.keys(options).some((k) => !(NUMBER_OPTIONS as readonly string[]).includes(k)))) {
      return (base.number as (v: number | bigint, o?: unknown) => string)(value, options);
    }
    const o = (options ?? {}) as NumberOptions;
    const key = NUMBER_OPTIONS.map((k) => o[k] ?? '').join('|');
    let format = formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(intlLocale, o);
      formats.set(key, format);
    }
    return format.format(value);
  };
  return Object.assign(Object.create(base) as Formatter, { number });
}

function formatterOf(intlLocale: string): Formatter {
  const entry = perLanguage(languageOf(intlLocale));
  entry.formatter ??= fastNumbers(createFormatter({ locale: intlLocale, timeZone: TIME_ZONE }) as unknown as Formatter, intlLocale);
  return entry.formatter;
}

/**
 * The request's language, once it has been read: one object per request (React's `cache` keeps a
 * result for the length of one server request, for async and plain components alike).
 */
const settledLanguage = cache((): { intlLocale?: string } => ({}));

/** The request's language, read once per request, with its catalogue loaded for the translators. */
const requestLanguage = cache(async (): Promise<string> => {
  const settled = settledLanguage();
  const intlLocale = await getLocale();
  const entry = perLanguage(languageOf(intlLocale));
  entry.messages ??= await catalogueOf(languageOf(intlLocale));
  settled.intlLocale = intlLocale;
  return intlLocale;
});

export async function translator(namespace = ''): Promise<Translator> {
  return translatorOf(await requestLanguage(), namespace);
}

export async function formatter(): Promise<Formatter> {
  return formatterOf(await requestLanguage());
}

/*
 * The same for components that are not async. An async component (or one that waits) is sent to
 * the browser as a part of its own, resolved after the rest; a page with a status badge on every
 * row became hundreds of parts, each costing the server more than the badge itself. Every page and
 * layout awaits its own translator before its parts render, so these find the language already
 * read and do not wait; a component rendered before anything has read it waits with React's `use`,
 * as next-intl's own hooks do (lib/i18n/shared.test.ts holds both).
 */
function useRequestLanguage(): string {
  return settledLanguage().intlLocale ?? use(requestLanguage());
}

export function useSharedTranslator(namespace = ''): Translator {
  return translatorOf(useRequestLanguage(), namespace);
}

export function useSharedFormatter(): Formatter {
  return formatterOf(useRequestLanguage());
}

/** The request's Intl tag ("sv", "en-GB"), for the few labels formatted outside next-intl. */
export function useSharedLocale(): string {
  return useRequestLanguage();
}
