import { getToken } from 'next-auth/jwt';
import type { NextApiRequest } from 'next';
import type { CookieOption } from 'next-auth';

/**
 * The session cookie, defined here and nowhere else: next-auth writes it under this name and with
 * these attributes (lib/auth/options.ts hands it over as `cookies.sessionToken`), and the proxy and
 * the data access layer read it by the same name. The name is the one next-auth would choose by
 * itself, so sessions begun before it was written down stay valid.
 *
 * The __Secure- prefix and the Secure attribute go together, exactly when the site's public
 * address is https: a browser accepts a __Secure- cookie only over https, and on https a cookie
 * without the prefix could have been set by someone over plain http, so it is not ours.
 */
export function sessionCookie(publicUrl: string | undefined): CookieOption {
  const secure = publicUrl?.startsWith('https://') ?? false;
  return {
    name: `${secure ? '__Secure-' : ''}next-auth.session-token`,
    options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
  };
}

/**
 * The session token as the browser sent it, or null; nothing is decrypted. A long token is split
 * by next-auth over several cookies (name.0, name.1, …); its getToken joins them again, so how the
 * chunks are named stays next-auth's business (lib/security/session-cookie.test.ts holds it to
 * that). Only cookies count: a token in an Authorization header is no session of this site.
 */
export async function sessionTokenText(cookies: readonly { name: string; value: string }[], publicUrl: string | undefined): Promise<string | null> {
  // getToken reads nothing of the request but its cookies and headers.
  const req = { cookies: Object.fromEntries(cookies.map((c) => [c.name, c.value])), headers: {} } as unknown as NextApiRequest;
  const { name, options } = sessionCookie(publicUrl);
  const text = await getToken({ req, cookieName: name, secureCookie: options.secure, raw: true });
  return text || null;
}
