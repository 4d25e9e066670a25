import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANDING, safeCallbackPath } from './callback-url';

const ORIGIN = 'https://styrkedjan.sjovik.se';

describe('safeCallbackPath', () => {
  it('keeps a path and query on this site', () => {
    expect(safeCallbackPath('/mal?oppna=3,4', ORIGIN)).toBe('/mal?oppna=3,4');
    expect(safeCallbackPath('/resultat/namnd/12', ORIGIN)).toBe('/resultat/namnd/12');
    expect(safeCallbackPath(`${ORIGIN}/att-gora`, ORIGIN)).toBe('/att-gora');
    // Same scheme without slashes is a relative path to a browser too.
    expect(safeCallbackPath('https:example.org', ORIGIN)).toBe('/example.org');
  });

  it('drops the fragment and normalises dot segments', () => {
    expect(safeCallbackPath('/mal#KF1', ORIGIN)).toBe('/mal');
    expect(safeCallbackPath('/mal/../att-gora', ORIGIN)).toBe('/att-gora');
  });

  // Each of these is read by a browser as another host, or as a script.
  const hostile = [
    '//example.org',
    '///example.org',
    '/\t/example.org',
    '/\n/example.org',
    '/\r\n/example.org',
    '\t//example.org',
    ' //example.org',
    '/\\example.org',
    '\\\\example.org',
    '/\\/example.org',
    '\\/example.org',
    '/.//example.org',
    '/./\\example.org',
    'https://example.org/mal',
    'http://styrkedjan.sjovik.se/mal',
    'https://styrkedjan.sjovik.se.example.org/',
    'https://styrkedjan.sjovik.se@example.org/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '\u0000//example.org',
  ];
  it.each(hostile)('refuses %j', (candidate) => {
    expect(safeCallbackPath(candidate, ORIGIN)).toBe(DEFAULT_LANDING);
  });

  it('leaves percent-encoded slashes encoded, so they stay a path on this site', () => {
    for (const candidate of ['/%2F%2Fexample.org', '/%2f/example.org', '/%5C%5Cexample.org', '/%09/example.org', '%2F%2Fexample.org']) {
      const path = safeCallbackPath(candidate, ORIGIN);
      expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
      expect(path.startsWith('/') && !path.startsWith('//')).toBe(true);
    }
  });

  it('falls back on nothing, an empty string or an address that does not parse', () => {
    expect(safeCallbackPath(undefined, ORIGIN)).toBe(DEFAULT_LANDING);
    expect(safeCallbackPath('', ORIGIN)).toBe(DEFAULT_LANDING);
    expect(safeCallbackPath('http://[::1', ORIGIN)).toBe(DEFAULT_LANDING);
  });

  it('for any input gives a path that a browser resolves to this site, twice over', () => {
    const pieces = fc.constantFrom('/', '\\', '\t', '\n', '\r', ' ', '.', '%2F', '%5C', '%09', ':', '@', 'example.org', 'mal', '?', '#', 'https:', 'javascript:');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
        ),
        (candidate) => {
          const path = safeCallbackPath(candidate, ORIGIN);
          expect(path.startsWith('/')).toBe(true);
          expect(path.startsWith('//') || path.startsWith('/\\')).toBe(false);
          const once = new URL(path, ORIGIN);
          expect(once.origin).toBe(ORIGIN);
          expect(new URL(once.pathname + once.search, ORIGIN).origin).toBe(ORIGIN);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
