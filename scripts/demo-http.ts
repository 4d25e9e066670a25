import net from 'node:net';
import { DEMO_PASSWORD } from '../lib/demo-accounts';
import { sessionCookie } from '../lib/security/session-cookie';

// What the measuring scripts (bench, verify:reliability) and the end-to-end tests need to talk to a
// running server as a demo user: a free port to start it on, and a signed-in session's cookies.

/** A port free on the loopback interface at this moment: the system picks it, the server is closed again. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Signs in the way a browser does, a CSRF token then next-auth's credentials form post, and
 * returns the Cookie header of the session (a large token comes in several cookies: all are kept).
 */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' }),
  });
  const session = res.headers.getSetCookie().filter((c) => c.startsWith(sessionCookie(base).name));
  if (session.length === 0) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return [cookies, ...session.map((c) => c.split(';')[0])].join('; ');
}
