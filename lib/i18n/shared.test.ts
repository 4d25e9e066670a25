import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from 'next-intl';

/**
 * A server request as React and next-intl give it to a component: React's `cache` keeps one result
 * per request, and the language is the request's own. `use` suspends as React's does, by throwing
 * the promise, until the promise has settled.
 */
interface Request {
  locale: string;
}
let current: Request = { locale: 'sv-SE' };
const settled = new WeakMap<Promise<unknown>, unknown>();
const use = vi.fn((promise: Promise<unknown>) => {
  if (!settled.has(promise)) throw promise.then((value) => settled.set(promise, value));
  return settled.get(promise);
});
vi.mock('react', async (original) => ({
  ...(await original<typeof import('react')>()),
  cache: <A extends unknown[], R>(fn: (...args: A) => R) => {
    const perRequest = new WeakMap<Request, R>();
    return (...args: A): R => {
      if (!perRequest.has(current)) perRequest.set(current, fn(...args));
      return perRequest.get(current)!;
    };
  },
  use: (promise: Promise<unknown>) => use(promise),
}));
vi.mock('server-only', () => ({}));
vi.mock('next-intl/server', () => ({ getLocale: async () => current.locale, getRequestConfig: (f: unknown) => f }));
const { fastNumbers, formatter, translator, useSharedFormatter, useSharedTranslator } = await import('./shared');

describe("the shared translators' language", () => {
  it('is read by plain components without waiting once the page has read it', async () => {
    current = { locale: 'en-GB' };
    use.mockClear();
    expect((await translator('app'))('skipToContent')).toBe('Skip to content');
    expect(useSharedTranslator('app')('skipToContent')).toBe('Skip to content');
    expect(useSharedFormatter().number(0.5, { style: 'percent' })).toBe((await formatter()).number(0.5, { style: 'percent' }));
    expect(use).not.toHaveBeenCalled();
  });

  it('is waited for, as next-intl’s own hooks wait, by a plain component rendered before anything read it', async () => {
    current = { locale: 'en-GB' };
    use.mockClear();
    let waited: unknown;
    try {
      useSharedTranslator('app');
    } catch (thrown) {
      waited = thrown;
    }
    expect(waited).toBeInstanceOf(Promise);
    await waited;
    // React renders the component again once the promise has settled.
    expect(useSharedTranslator('app')('skipToContent')).toBe('Skip to content');
    expect(use).toHaveBeenCalledTimes(1);
  });

  it("is each request's own when requests in both languages are served at once", async () => {
    const swedish = { locale: 'sv' };
    const english = { locale: 'en-GB' };
    current = swedish;
    const sv = translator('app');
    current = english;
    const en = translator('app');
    await Promise.all([sv, en]);
    current = swedish;
    expect(useSharedTranslator('app')('skipToContent')).toBe('Hoppa till innehållet');
    current = english;
    expect(useSharedTranslator('app')('skipToContent')).toBe('Skip to content');
    current = swedish;
    expect(useSharedFormatter().number(1234.5)).toBe(new Intl.NumberFormat('sv').format(1234.5));
  });
});

describe('the shared number formats', () => {
  const OPTIONS = [
    undefined,
    { maximumFractionDigits: 1 },
    { maximumFractionDigits: 2 },
    { style: 'percent', maximumFractionDigits: 1 },
    { style: 'percent', maximumFractionDigits: 0 },
    { maximumFractionDigits: 1, signDisplay: 'exceptZero' },
    { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    { notation: 'compact' },
  ] as const;
  const VALUES = [0, -0, 1, -1.25, 0.4567, 12.5, 1234.5678, 1_000_000, -98765.4321];

  for (const locale of ['sv-SE', 'en-GB']) {
    it(`give exactly what next-intl gives (${locale})`, () => {
      const base = createFormatter({ locale, timeZone: 'Europe/Stockholm' });
      const fast = fastNumbers(base as never, locale);
      for (const options of OPTIONS) for (const value of VALUES) expect(fast.number(value, options as never)).toBe(base.number(value, options as never));
      // Reused formats give the same answer the second time.
      expect(fast.number(0.4567, { style: 'percent', maximumFractionDigits: 1 })).toBe(base.number(0.4567, { style: 'percent', maximumFractionDigits: 1 }));
    });
  }

  it('leave the other formatters as they are', () => {
    const base = createFormatter({ locale: 'sv-SE', timeZone: 'Europe/Stockholm' });
    const fast = fastNumbers(base as never, 'sv-SE');
    const date = new Date('2026-08-31T12:00:00Z');
    expect(fast.dateTime(date, { dateStyle: 'long' })).toBe(base.dateTime(date, { dateStyle: 'long' }));
  });
});

describe('remembered translations', () => {
  it('read exactly as the translator’s own, for plain texts, plurals, numbers and text values', async () => {
    const { createTranslator } = await import('next-intl');
    const { rememberResults } = await import('./shared');
    const messages = {
      d: {
        plain: 'Nämndernas bidrag',
        line: '{count, plural, one {# aktivitet} other {# aktiviteter}}, {share} genomförda eller enligt plan',
        percent: 'Andel {value, number, percent}',
        named: 'Bedömd i {period}',
      },
    };
    const base = createTranslator({ locale: 'sv-SE', messages, namespace: 'd' });
    const t = rememberResults(base as never) as unknown as typeof base;
    const calls: [string, Record<string, string | number>?][] = [
      ['plain'],
      ['line', { count: 1, share: '84,1 %' }],
      ['line', { count: 1224, share: '84,1 %' }],
      ['line', { count: 0, share: '0 %' }],
      ['percent', { value: 0.841 }],
      ['named', { period: 'Delårsrapport per 31 augusti 2026' }],
      ['named', { period: '1' }],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [key, values] of calls) expect(t(key as never, values as never)).toBe(base(key as never, values as never));
    }
    // A number and a text that read alike are different values.
    expect(t('line' as never, { count: 1, share: 'x' } as never)).toBe('1 aktivitet, x genomförda eller enligt plan');
    expect(t.has('plain' as never)).toBe(true);
  });
});
