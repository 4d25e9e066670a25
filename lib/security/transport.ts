/**
 * Whether the browser reached the site over TLS. TLS usually ends at a reverse proxy, so the app
 * itself sees plain http: it is https when the site's public address (NEXTAUTH_URL) is, or when a
 * trusted proxy says so in X-Forwarded-Proto. With no trusted proxy, a client could write that
 * header itself, so it is not read at all.
 */
export function servedOverHttps(publicUrl: string | undefined, forwardedProto: string | string[] | undefined, trustedHops: number): boolean {
  if (publicUrl?.startsWith('https://')) return true;
  if (trustedHops <= 0) return false;
  // The nearest proxy sets (or appends) the scheme it was reached by: read its value, the last.
  const values = (Array.isArray(forwardedProto) ? forwardedProto.join(',') : (forwardedProto ?? '')).split(',');
  return values[values.length - 1]?.trim().toLowerCase() === 'https';
}

/**
 * Browsers that have seen this once will only ever use https for the site, for a year: a person on
 * a hostile network cannot be downgraded to plain http. Subdomains of the site's own host are
 * included; `preload` is left to the operator, since it cannot be undone quickly.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
