/**
 * The name of next-auth's session cookie. next-auth v4 uses the __Secure- prefix (and the Secure
 * attribute) exactly when NEXTAUTH_URL is https; whoever reads the cookie must follow the same rule,
 * or a signed-in person on https would look signed out.
 */
export function sessionCookieName(publicUrl: string | undefined): string {
  return `${usesSecureCookies(publicUrl) ? '__Secure-' : ''}next-auth.session-token`;
}

export function usesSecureCookies(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https://') ?? false;
}

/** Whether a cookie is (a chunk of) the session cookie: a long token is split over name.0, name.1, … */
export function isSessionCookie(cookieName: string, publicUrl: string | undefined): boolean {
  const name = sessionCookieName(publicUrl);
  return cookieName === name || cookieName.startsWith(`${name}.`);
}
