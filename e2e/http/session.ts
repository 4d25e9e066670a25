import { DEMO_ACCOUNTS, demoEmail, type DemoAccountKey } from '../../lib/demo-accounts';
import { sessionCookie } from '../../lib/security/session-cookie';
import { signIn } from '../../scripts/demo-http';

/**
 * Plain HTTP sessions against the running production server, one cookie jar per demo role, for
 * the tests that must see exactly what a forged request gets (status, headers and body) without a
 * browser in between.
 */
export type Role = 'anonymous' | DemoAccountKey;
export const ROLES: readonly Role[] = ['anonymous', ...DEMO_ACCOUNTS.map((a) => a.key)];
export const SIGNED_IN_ROLES = DEMO_ACCOUNTS.map((a) => a.key);

export const baseUrl = () => `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
/** Sjövik's domain, where every spec signs in unless it names Norrvik's (the tenant cases). */
export const HOME_DOMAIN = 'sjovik.se';
export const emailOfRole = (key: DemoAccountKey, domain = HOME_DOMAIN) => demoEmail(key, domain);

export interface HttpResponse {
  status: number;
  location: string | null;
  body: string;
  headers: Headers;
}

export class HttpSession {
  constructor(
    readonly role: Role,
    public cookie: string,
  ) {}

  async request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(new URL(path, baseUrl()), { method: init.method ?? 'GET', headers, body: init.body, redirect: 'manual' });
    const body = await res.text();
    return { status: res.status, location: res.headers.get('location'), body, headers: res.headers };
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }
}

/** A demo account signed in over plain HTTP, as a browser does it. */
export async function signInOverHttp(key: DemoAccountKey, domain = HOME_DOMAIN): Promise<HttpSession> {
  return new HttpSession(key, await signIn(baseUrl(), emailOfRole(key, domain)));
}

export async function signInAll(domain = HOME_DOMAIN): Promise<Map<Role, HttpSession>> {
  const sessions = new Map<Role, HttpSession>([['anonymous', new HttpSession('anonymous', '')]]);
  for (const key of SIGNED_IN_ROLES) sessions.set(key, await signInOverHttp(key, domain));
  return sessions;
}

/** The value of the session cookie in a jar: what a stolen or kept cookie would replay. */
export function sessionToken(session: HttpSession): string | undefined {
  const name = sessionCookie(baseUrl()).name;
  return session.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}
