import { NextResponse, type NextRequest } from 'next/server';

/**
 * Optimistic redirects only: someone without a session cookie is sent to sign in. Whether the
 * session is valid, and what it may see, is decided in the data access layer on every read.
 */
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
// The municipality's public results and open data are public documents: no session needed.
const PUBLIC_PATHS = ['/logga-in', '/kommun', '/oppna-data'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  // A long token is split by next-auth into ".0", ".1" … cookies.
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const target = new URL('/logga-in', request.url);
  if (pathname !== '/') target.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(target);
}

export const config = {
  matcher: ['/((?!api/auth|api/health|_next/static|_next/image|favicon.ico).*)'],
};
