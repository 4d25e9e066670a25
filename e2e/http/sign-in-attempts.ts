import http from 'node:http';
import https from 'node:https';

/**
 * Password sign-ins over plain HTTP from a chosen loopback address (127.0.0.0/8 is all this
 * machine's), so a test can be a client of its own whose attempts the throttle counts apart from
 * the browser's at 127.0.0.1, and can send whatever forwarding headers a client may forge.
 */
export interface AttemptOptions {
  base: string;
  /** The loopback address the connection comes from, e.g. 127.0.0.31. */
  from: string;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(url: URL, from: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      // The test's nginx has a self-signed certificate made for the run.
      { method, headers: { ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) }, localAddress: from, rejectUnauthorized: false, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.setTimeout(120_000, () => req.destroy(new Error(`no answer from ${url.href}`)));
    req.on('error', reject);
    req.end(body);
  });
}

const cookiesOf = (answer: Answer) => (answer.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');

/**
 * One attempt as next-auth's own client makes it: a CSRF token, then the form post. The answer is
 * the code next-auth carries back in ?error= ('CredentialsSignin' for a checked wrong password,
 * 'throttled' for one refused unchecked), or 'ok' with the session cookies that were set.
 */
export async function signInAttempt(email: string, password: string, options: AttemptOptions): Promise<{ error: string | null; setCookies: string[] }> {
  const headers = options.headers ?? {};
  const csrf = await send(new URL('/api/auth/csrf', options.base), options.from, 'GET', headers);
  if (csrf.status !== 200) throw new Error(`csrf: ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString();
  const post = await send(new URL('/api/auth/callback/credentials', options.base), options.from, 'POST', { ...headers, 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1', cookie: cookiesOf(csrf) }, form);
  // Asked for JSON (as next-auth's client asks), it answers {url} — with 401 for a refusal.
  const target = post.headers.location ?? (post.body.startsWith('{') ? (JSON.parse(post.body) as { url?: string }).url : undefined);
  if (!target) throw new Error(`sign-in answered ${post.status} without a target: ${post.body.slice(0, 200)}`);
  return { error: new URL(target, options.base).searchParams.get('error'), setCookies: post.headers['set-cookie'] ?? [] };
}

/** Runs attempts a few at a time (each checked one is a full scrypt on a shared, small machine). */
export async function inBatches<T>(count: number, size: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => run(start + k)))));
  }
  return results;
}

export const tally = (codes: (string | null)[]) => codes.reduce<Record<string, number>>((acc, code) => ({ ...acc, [code ?? 'ok']: (acc[code ?? 'ok'] ?? 0) + 1 }), {});
