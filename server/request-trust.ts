import type { IncomingHttpHeaders } from 'node:http';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../lib/security/client-address';
import { servedOverHttps, STRICT_TRANSPORT_SECURITY } from '../lib/security/transport';

export interface TrustSettings {
  trustedProxyHops: number;
  publicUrl: string | undefined;
}

/** Headers only a proxy of our own may set: without one, a client's are removed before Next sees them. */
const PROXY_HEADERS = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port'];
/** Headers the app never reads; removed so that nothing downstream can be misled by them either. */
const UNREAD_ADDRESS_HEADERS = ['x-real-ip', 'forwarded', 'true-client-ip', 'cf-connecting-ip'];

interface Request {
  headers: IncomingHttpHeaders;
  socket: { remoteAddress?: string };
}

/**
 * Runs on every request before Next: works out the client's address from the socket and the
 * trusted proxies, and hands it to the app in CLIENT_ADDRESS_HEADER, which is always overwritten
 * or removed here, so a client can never supply it. Sends HSTS when the site is on https.
 */
export function trustRequest(req: Request, res: { setHeader(name: string, value: string): unknown }, settings: TrustSettings): void {
  const { headers } = req;
  const address = clientAddress(req.socket.remoteAddress, headers['x-forwarded-for'], settings.trustedProxyHops);
  const https = servedOverHttps(settings.publicUrl, headers['x-forwarded-proto'], settings.trustedProxyHops);
  const removed = [CLIENT_ADDRESS_HEADER, ...UNREAD_ADDRESS_HEADERS, ...(settings.trustedProxyHops > 0 ? [] : PROXY_HEADERS)];
  for (const name of removed) Reflect.deleteProperty(headers, name);
  if (address) headers[CLIENT_ADDRESS_HEADER] = address;
  if (https) res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
}
