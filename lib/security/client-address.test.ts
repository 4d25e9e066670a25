import { describe, expect, it } from 'vitest';
import { addressThrottleKey, clientAddress, normaliseAddress } from './client-address';

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever the client claims', () => {
    expect(clientAddress('203.0.113.7', undefined, 0)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', '198.51.100.1, 10.0.0.1', 0)).toBe('203.0.113.7');
  });

  it('is the entry the one trusted proxy appended, never one the client wrote before it', () => {
    // nginx appends $remote_addr to whatever the client sent.
    expect(clientAddress('127.0.0.1', '203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', '1.1.1.1, 2.2.2.2, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', ['1.1.1.1', '203.0.113.7'], 1)).toBe('203.0.113.7');
  });

  it('reads exactly as many hops as are trusted, counted from the right', () => {
    const chain = 'spoofed, 203.0.113.7, 10.0.0.2';
    expect(clientAddress('10.0.0.3', chain, 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.3', chain, 2)).toBe('203.0.113.7');
    // The third from the right is the client's own text, and not an address at all.
    expect(clientAddress('10.0.0.3', chain, 3)).toBeNull();
  });

  it('knows no address when the chain is shorter than the trusted hops (the proxy was bypassed)', () => {
    expect(clientAddress('203.0.113.7', undefined, 1)).toBeNull();
    expect(clientAddress('203.0.113.7', '', 1)).toBeNull();
    expect(clientAddress('10.0.0.3', '203.0.113.7', 2)).toBeNull();
  });

  it('knows no address without a socket peer, or when the trusted entry is not an address', () => {
    expect(clientAddress(undefined, '203.0.113.7', 0)).toBeNull();
    expect(clientAddress(undefined, '203.0.113.7', 1)).toBeNull();
    expect(clientAddress('127.0.0.1', '203.0.113.7, okänd', 1)).toBeNull();
    expect(clientAddress('127.0.0.1', '203.0.113.7, 999.1.1.1', 1)).toBeNull();
  });

  it('writes one address one way, so spellings cannot make new keys', () => {
    expect(normaliseAddress('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseAddress('::ffff:cb00:7107')).toBe('203.0.113.7');
    expect(normaliseAddress('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(normaliseAddress('[2001:DB8::1]:443')).toBe('2001:db8:0:0:0:0:0:1');
    expect(normaliseAddress('2001:0db8:0000::0001')).toBe('2001:db8:0:0:0:0:0:1');
    expect(normaliseAddress('fe80::1%eth0')).toBeNull();
    expect(normaliseAddress('unknown')).toBeNull();
    expect(normaliseAddress('')).toBeNull();
  });
});

describe('the throttle key of an address', () => {
  it('is the IPv4 address itself', () => {
    expect(addressThrottleKey('203.0.113.7')).toBe('ip:203.0.113.7');
  });

  it('is the /64 of an IPv6 address, which one client usually holds whole', () => {
    const key = addressThrottleKey(normaliseAddress('2001:db8:1:2::1'));
    expect(key).toBe('ip:2001:db8:1:2::/64');
    expect(addressThrottleKey(normaliseAddress('2001:db8:1:2:ffff:ffff:ffff:ffff'))).toBe(key);
    expect(addressThrottleKey(normaliseAddress('2001:db8:1:3::1'))).not.toBe(key);
  });

  it('is no key at all without an address: there is no shared key for "unknown"', () => {
    expect(addressThrottleKey(null)).toBeNull();
    expect(addressThrottleKey('okänd')).toBeNull();
  });
});
