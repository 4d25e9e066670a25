import { isIP } from 'node:net';

/**
 * Where a request came from, as far as it can be known without believing the client. The socket's
 * peer is a fact; an X-Forwarded-For entry is only as good as the proxy that wrote it, so the chain
 * is read through exactly as many proxies as the operator says are theirs
 * (STYRKEDJAN_TRUSTED_PROXY_HOPS) and never further: everything left of that was written by the
 * client, or by proxies nobody vouches for.
 */

/** The header through which the server hands the address it worked out to the app; a client's own is always removed. */
export const CLIENT_ADDRESS_HEADER = 'x-styrkedjan-client-address';

/** One canonical text per address (an IPv4-mapped IPv6 address as IPv4, no port or brackets); null for anything else. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  const family = isIP(text);
  if (family === 4) return text;
  if (family !== 6 || text.includes('%')) return null;
  const groups = expandIpv6(text);
  if (groups[0] === '0' && groups[1] === '0' && groups[2] === '0' && groups[3] === '0' && groups[4] === '0' && groups[5] === 'ffff') {
    const n = (i: number) => parseInt(groups[i]!, 16);
    return `${n(6) >> 8}.${n(6) & 255}.${n(7) >> 8}.${n(7) & 255}`;
  }
  return groups.join(':');
}

/** Eight hexadecimal groups without leading zeros, from any valid IPv6 text (including a dotted IPv4 tail). */
function expandIpv6(text: string): string[] {
  let source = text;
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(source);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    source = `${source.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = source.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((g) => parseInt(g, 16).toString(16));
}

/**
 * The client's address: the socket peer when no proxy is trusted, otherwise the entry that the
 * outermost trusted proxy appended to X-Forwarded-For (the `hops`-th from the right). A chain shorter
 * than that did not pass through every trusted proxy, so it yields no address rather than a guess.
 */
export function clientAddress(socketPeer: string | null | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string | null {
  const peer = normaliseAddress(socketPeer);
  if (!peer) return null;
  if (trustedHops <= 0) return peer;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length < trustedHops) return null;
  return normaliseAddress(chain[chain.length - trustedHops]);
}

/**
 * The throttle's key for an address. An IPv6 client is usually handed a whole /64, so one person
 * could otherwise rotate through 2^64 addresses: IPv6 addresses are counted per /64.
 */
export function addressThrottleKey(address: string | null): string | null {
  if (!address) return null;
  if (isIP(address) === 4) return `ip:${address}`;
  if (isIP(address) === 6) return `ip:${expandIpv6(address).slice(0, 4).join(':')}::/64`;
  return null;
}

/** Set on globalThis by the production server, which alone overwrites CLIENT_ADDRESS_HEADER on every request. */
export const SERVER_SETS_CLIENT_ADDRESS = Symbol.for('styrkedjan.serverSetsClientAddress');
