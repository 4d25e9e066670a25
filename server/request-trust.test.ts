import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../lib/security/client-address';
import { trustRequest, type TrustSettings } from './request-trust';

function run(peer: string | undefined, headers: Record<string, string>, settings: TrustSettings) {
  const req = { headers: { ...headers }, socket: { remoteAddress: peer } };
  const sent: Record<string, string> = {};
  trustRequest(req, { setHeader: (name: string, value: string) => (sent[name] = value) }, settings);
  return { headers: req.headers as Record<string, string | undefined>, sent };
}

const direct: TrustSettings = { trustedProxyHops: 0, publicUrl: 'http://127.0.0.1:3000' };
const behindNginx: TrustSettings = { trustedProxyHops: 1, publicUrl: 'https://styrkedjan.sjovik.se' };
const spoofed = {
  [CLIENT_ADDRESS_HEADER]: '198.51.100.99',
  'x-forwarded-for': '198.51.100.1',
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'evil.example',
  'x-real-ip': '198.51.100.2',
  forwarded: 'for=198.51.100.3',
};

describe('what the server hands the app about a request', () => {
  it('direct: the socket peer, and none of the client’s address or proxy headers', () => {
    const { headers, sent } = run('::ffff:203.0.113.7', spoofed, direct);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.7');
    for (const name of ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-real-ip', 'forwarded']) expect(headers[name]).toBeUndefined();
    // A client saying "https" does not make a plain-http site send HSTS.
    expect(sent['strict-transport-security']).toBeUndefined();
  });

  it('behind one proxy: the address that proxy appended, and HSTS on an https site', () => {
    const { headers, sent } = run('127.0.0.1', { ...spoofed, 'x-forwarded-for': '198.51.100.1, 203.0.113.7' }, behindNginx);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.7');
    expect(headers['x-real-ip']).toBeUndefined();
    expect(sent['strict-transport-security']).toMatch(/^max-age=\d+/);
  });

  it('never passes on a client’s own address header, even when no address is known', () => {
    const { headers } = run(undefined, spoofed, direct);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBeUndefined();
    const bypassed = run('203.0.113.7', { [CLIENT_ADDRESS_HEADER]: '198.51.100.99' }, behindNginx);
    expect(bypassed.headers[CLIENT_ADDRESS_HEADER]).toBeUndefined();
  });
});
