import { describe, expect, it } from 'vitest';
import { servedOverHttps, STRICT_TRANSPORT_SECURITY } from './transport';

describe('whether the site is served over https', () => {
  it('is, when its public address is https, whatever the headers say', () => {
    expect(servedOverHttps('https://styrkedjan.sjovik.se', undefined, 0)).toBe(true);
    expect(servedOverHttps('https://styrkedjan.sjovik.se', 'http', 0)).toBe(true);
  });

  it('believes X-Forwarded-Proto only through a trusted proxy', () => {
    expect(servedOverHttps('http://127.0.0.1:3000', 'https', 0)).toBe(false);
    expect(servedOverHttps('http://127.0.0.1:3000', 'https', 1)).toBe(true);
    expect(servedOverHttps(undefined, 'http', 1)).toBe(false);
    // A proxy that appends: its own value is the last one.
    expect(servedOverHttps(undefined, 'https, http', 1)).toBe(false);
  });

  it('asks browsers to keep to https for a year', () => {
    expect(STRICT_TRANSPORT_SECURITY).toMatch(/^max-age=31536000\b/);
  });
});
