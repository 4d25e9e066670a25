/** Where a signed-in person lands when the sign-in page was reached without a (usable) return address. */
export const DEFAULT_LANDING = '/min-styrkedja';

/**
 * The address to return to after sign-in, as a path and query on this site, or the default landing
 * page. The candidate is resolved the way a browser resolves it (WHATWG URL: tabs and newlines
 * dropped, backslashes read as slashes, dot segments removed) against the site's own origin, and
 * kept only when it stays on that origin. Only the path and query survive: no fragment, and never a
 * path that a browser would read as another host (`//host`, `/\host`).
 */
export function safeCallbackPath(candidate: string | null | undefined, origin: string): string {
  if (!candidate) return DEFAULT_LANDING;
  let site: URL;
  let target: URL;
  try {
    site = new URL(origin);
    target = new URL(candidate, site);
  } catch {
    return DEFAULT_LANDING;
  }
  if (target.origin !== site.origin) return DEFAULT_LANDING;
  const path = target.pathname + target.search;
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return DEFAULT_LANDING;
  // The path is what the browser will be sent to; it must resolve to this origin a second time too.
  if (new URL(path, site).origin !== site.origin) return DEFAULT_LANDING;
  return path;
}
