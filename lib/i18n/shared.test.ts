import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from 'next-intl';

vi.mock('server-only', () => ({}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'sv-SE', getRequestConfig: (f: unknown) => f }));
const { fastNumbers } = await import('./shared');

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
