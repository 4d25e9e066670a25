import { describe, expect, it } from 'vitest';
import { isLocale, localeFrom, otherLocale } from './locales';

describe('the choice of language', () => {
  it('knows Swedish and English only', () => {
    expect(isLocale('sv')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('falls back to Swedish for a missing or unknown cookie', () => {
    expect(localeFrom(undefined)).toBe('sv');
    expect(localeFrom('')).toBe('sv');
    expect(localeFrom('../../etc/passwd')).toBe('sv');
    expect(localeFrom('en')).toBe('en');
  });

  it('offers the other language', () => {
    expect(otherLocale('sv')).toBe('en');
    expect(otherLocale('en')).toBe('sv');
    expect(otherLocale('xx')).toBe('en');
  });
});
