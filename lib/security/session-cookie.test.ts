import { describe, expect, it } from 'vitest';
import { isSessionCookie, sessionCookieName } from './session-cookie';

describe("the session cookie's name", () => {
  it('follows next-auth: the __Secure- prefix exactly when the site is on https', () => {
    expect(sessionCookieName('https://styrkedjan.sjovik.se')).toBe('__Secure-next-auth.session-token');
    expect(sessionCookieName('http://127.0.0.1:3000')).toBe('next-auth.session-token');
    expect(sessionCookieName(undefined)).toBe('next-auth.session-token');
  });

  it('covers the chunks of a long token, and only the cookie of the scheme in use', () => {
    const https = 'https://styrkedjan.sjovik.se';
    expect(isSessionCookie('__Secure-next-auth.session-token.0', https)).toBe(true);
    // On https a cookie without the prefix could have been set by plain http: it is not ours.
    expect(isSessionCookie('next-auth.session-token', https)).toBe(false);
    expect(isSessionCookie('next-auth.session-token.1', 'http://127.0.0.1:3000')).toBe(true);
    expect(isSessionCookie('next-auth.csrf-token', 'http://127.0.0.1:3000')).toBe(false);
  });
});
