import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoEmail, type DemoAccountKey } from '../../lib/demo-accounts';

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

/** next-auth's credentials flow, as a browser does it: a CSRF token, then the form post. */
export async function signInOverHttp(key: DemoAccountKey, domain = HOME_DOMAIN): Promise<HttpSession> {
  const base = baseUrl();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ csrfToken, email: emailOfRole(key, domain), password: DEMO_PASSWORD, json: 'true' }),
  });
  const session = res.headers.getSetCookie().filter((c) => c.startsWith('next-auth.session-token'));
  if (session.length === 0) throw new Error(`sign-in as ${key}@${domain} failed (${res.status})`);
  return new HttpSession(key, [cookies, ...session.map((c) => c.split(';')[0])].join('; '));
}

export async function signInAll(domain = HOME_DOMAIN): Promise<Map<Role, HttpSession>> {
  const sessions = new Map<Role, HttpSession>([['anonymous', new HttpSession('anonymous', '')]]);
  for (const key of SIGNED_IN_ROLES) sessions.set(key, await signInOverHttp(key, domain));
  return sessions;
}

/** The value of the session cookie in a jar: what a stolen or kept cookie would replay. */
export function sessionToken(session: HttpSession): string | undefined {
  return session.cookie
    .split('; ')
    .find((c) => c.startsWith('next-auth.session-token='))
    ?.slice('next-auth.session-token='.length);
}
