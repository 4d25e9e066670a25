import { afterEach, describe, expect, it, vi } from 'vitest';
import NextAuth, { type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { decode } from 'next-auth/jwt';
import { sessionCookie, sessionTokenText } from './session-cookie';

const SECRET = 'session-cookie-test-secret-0123456789abcdef';

/** The Set-Cookie headers next-auth answers one call with, through its documented API-route form. */
async function callNextAuth(options: NextAuthOptions, action: string[], init: { method: string; body?: Record<string, string>; cookies?: Record<string, string> }) {
  const headers = new Map<string, string | string[]>();
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (key: string, value: string | string[]) => headers.set(key.toLowerCase(), value),
    getHeader: (key: string) => headers.get(key.toLowerCase()),
    end: () => res,
    json: (value: unknown) => ((body = value), res),
    send: (value: unknown) => ((body = value), res),
  };
  const req = { method: init.method, query: { nextauth: action }, body: init.body ?? {}, cookies: init.cookies ?? {}, headers: {} };
  await NextAuth(req as never, res as never, options);
  const setCookie = headers.get('set-cookie') ?? [];
  return { body, setCookies: (Array.isArray(setCookie) ? setCookie : [setCookie]).map(parseSetCookie) };
}

function parseSetCookie(header: string) {
  const [pair, ...attributes] = header.split('; ');
  const at = pair!.indexOf('=');
  return { name: pair!.slice(0, at), value: decodeURIComponent(pair!.slice(at + 1)), attributes: attributes.map((a) => a.toLowerCase()) };
}

/** A password sign-in as next-auth's client makes it, with our cookie; `claim` makes the token as long as needed. */
async function signIn(publicUrl: string, claim: string, cookie = sessionCookie(publicUrl)) {
  vi.stubEnv('NEXTAUTH_URL', publicUrl);
  const options: NextAuthOptions = {
    secret: SECRET,
    session: { strategy: 'jwt' },
    cookies: { sessionToken: cookie },
    providers: [CredentialsProvider({ credentials: {}, authorize: () => ({ id: '7', sessionVersion: 1 }) })],
    callbacks: { jwt: ({ token }) => ({ ...token, claim }) },
  };
  const csrf = await callNextAuth(options, ['csrf'], { method: 'GET' });
  const { csrfToken } = csrf.body as { csrfToken: string };
  const cookies = Object.fromEntries(csrf.setCookies.map((c) => [c.name, c.value]));
  const signedIn = await callNextAuth(options, ['callback', 'credentials'], { method: 'POST', body: { csrfToken, json: 'true' }, cookies });
  return signedIn.setCookies.filter((c) => c.value !== '' && c.name.startsWith(cookie.name));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the session cookie, as next-auth writes it and we read it', () => {
  for (const [site, publicUrl, name] of [
    ['on https', 'https://styrkedjan.sjovik.se', '__Secure-next-auth.session-token'],
    ['on plain http', 'http://127.0.0.1:3000', 'next-auth.session-token'],
  ] as const) {
    it(`is written under our name with our attributes, and read back (${site})`, async () => {
      expect(sessionCookie(publicUrl).name).toBe(name);
      const written = await signIn(publicUrl, 'short');
      expect(written.map((c) => c.name)).toEqual([name]);
      const attributes = written[0]!.attributes;
      expect(attributes).toEqual(expect.arrayContaining(['path=/', 'httponly', 'samesite=lax']));
      expect(attributes.includes('secure')).toBe(publicUrl.startsWith('https://'));

      const text = await sessionTokenText(written, publicUrl);
      expect(text).toBe(written[0]!.value);
      expect(await decode({ token: text!, secret: SECRET })).toMatchObject({ sub: '7', claim: 'short' });
    });
  }

  it('takes its name from us, not from next-auth’s own convention', async () => {
    const ours = { ...sessionCookie('https://styrkedjan.sjovik.se'), name: '__Secure-styrkedjan.probe' };
    const written = await signIn('https://styrkedjan.sjovik.se', 'short', ours);
    expect(written.map((c) => c.name)).toEqual(['__Secure-styrkedjan.probe']);
  });

  it('is read back whole when next-auth splits a long token over several cookies', async () => {
    const publicUrl = 'https://styrkedjan.sjovik.se';
    const written = await signIn(publicUrl, 'x'.repeat(6000));
    expect(written.length).toBeGreaterThan(1);
    // A browser sends its cookies in any order.
    const text = await sessionTokenText([...written].reverse(), publicUrl);
    expect(await decode({ token: text!, secret: SECRET })).toMatchObject({ sub: '7', claim: 'x'.repeat(6000) });
  });

  it('is not found in other cookies, nor in a cookie of the other scheme', async () => {
    const token = (await signIn('http://127.0.0.1:3000', 'short'))[0]!.value;
    expect(await sessionTokenText([], 'http://127.0.0.1:3000')).toBeNull();
    expect(await sessionTokenText([{ name: 'next-auth.csrf-token', value: token }], 'http://127.0.0.1:3000')).toBeNull();
    // On https a cookie without the prefix could have been set over plain http: it is not ours.
    expect(await sessionTokenText([{ name: 'next-auth.session-token', value: token }], 'https://styrkedjan.sjovik.se')).toBeNull();
  });
});
