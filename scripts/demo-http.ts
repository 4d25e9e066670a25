import net from 'node:net';
import { DEMO_PASSWORD } from '../lib/demo-accounts';

// What the measuring scripts (bench, verify:reliability) need to talk to a running server as a
// demo user: a free port to start it on, and a signed-in session's cookies.

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header of the session. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token'));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return `${cookies}; ${session.split(';')[0]}`;
}
