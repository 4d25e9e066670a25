import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';
import { isSessionCookie } from '@/lib/security/session-cookie';

/**
 * Optimistic redirects only: someone without a session cookie is sent to sign in. Whether the
 * session is valid, and what it may see, is decided in the data access layer on every read.
 * Besides that, every page gets its Content-Security-Policy here, with a nonce of its own that
 * Next puts on the page's scripts (it reads the policy from the request).
 */
// The municipality's public results and open data are public documents: no session needed.
const PUBLIC_PATHS = ['/logga-in', '/kommun', '/oppna-data'];

/**
 * A form post (a server action) must come from a page of this very site. Next itself refuses a
 * foreign Origin but lets a post without one through; browsers always send Origin on a POST, so a
 * post without it is handcrafted and is refused here too, before any action runs.
 */
function isCrossSitePost(request: NextRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isCrossSitePost(request)) return new NextResponse('Förfrågan nekades.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = request.cookies.getAll().some((c) => isSessionCookie(c.name, env.authUrl));
  if (!isPublic && !hasSession) {
    const target = new URL('/logga-in', request.url);
    if (pathname !== '/') target.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(target);
  }
  const policy = contentSecurityPolicy(newNonce(), env.nodeEnv === 'development');
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!api/auth|api/health|_next/static|_next/image|favicon.ico).*)'],
};
