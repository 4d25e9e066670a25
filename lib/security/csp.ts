/**
 * The Content Security Policy of every page. Scripts run only with the page's own per-request
 * nonce ('strict-dynamic' lets those scripts load the app's chunks), so text a user typed can
 * never become a script even if it slipped past React's escaping. Inline style attributes stay
 * allowed: the charts and React's style props need them, and styles cannot run code.
 * Development adds 'unsafe-eval', which Next's hot reloading needs.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // A form injected into a page could otherwise post what a person types to another site.
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
