import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';
import { isCrossSitePost } from '@/lib/security/same-origin';
import { sessionTokenText } from '@/lib/security/session-cookie';

/**
 * Optimistic redirects only: someone without a session cookie is sent to sign in. Whether the
 * session is valid, and what it may see, is decided in the data access layer on every read.
 * Besides that, every page gets its Content-Security-Policy here, with a nonce of its own that
 * Next puts on the page's scripts (it reads the policy from the request).
 */
// The municipality's public results and open data are public documents: no session needed.
const PUBLIC_PATHS = ['/logga-in', '/kommun', '/oppna-data'];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isCrossSitePost(request.method, request.headers)) return new NextResponse('Förfrågan nekades.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic && !(await sessionTokenText(request.cookies.getAll(), env.authUrl))) {
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

// Next receives the whole body of every post the proxy runs for before the route sees it, so the
// HR upload (HR_IMPORT_UPLOAD_PATH), which checks the role before it reads its files, is left out
// and makes the same-site check itself.
export const config = {
  matcher: ['/((?!api/auth|api/health|api/hr-import|_next/static|_next/image|favicon.ico).*)'],
};
