import { describe, expect, it } from 'vitest';
import { INTL_LOCALE, isLocale, languageOf, localeFrom, otherLocale } from './locales';

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
    expect(otherLocale('en-GB')).toBe('sv');
    expect(otherLocale('xx')).toBe('en');
  });

  it('formats English the British way and maps the tag back to its catalogue', () => {
    expect(INTL_LOCALE.en).toBe('en-GB');
    expect(languageOf(INTL_LOCALE.en)).toBe('en');
    expect(languageOf(INTL_LOCALE.sv)).toBe('sv');
    expect(new Intl.DateTimeFormat(INTL_LOCALE.en, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date('2026-12-18T12:00:00Z'))).toBe('18 December 2026');
  });
});
