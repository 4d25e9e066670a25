/**
 * A post (a server action, the HR upload) must come from a page of this very site. Next itself
 * refuses a foreign Origin on server actions but lets a post without one through, and checks
 * nothing for route handlers; browsers always send Origin on a POST, so a post without it is
 * handcrafted and is refused too.
 */
export function isCrossSitePost(method: string, headers: Headers): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return true;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
