import { describe, expect, it } from 'vitest';
import { isCrossSitePost } from './same-origin';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('isCrossSitePost', () => {
  it('lets reads through and a post from the site itself', () => {
    expect(isCrossSitePost('GET', headers({ host: 'styrkedjan.se' }))).toBe(false);
    expect(isCrossSitePost('POST', headers({ host: 'styrkedjan.se', origin: 'https://styrkedjan.se' }))).toBe(false);
    expect(isCrossSitePost('POST', headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'styrkedjan.se', origin: 'https://styrkedjan.se' }))).toBe(false);
  });

  it('refuses a post from another site, one without an Origin and one with an unreadable Origin', () => {
    expect(isCrossSitePost('POST', headers({ host: 'styrkedjan.se', origin: 'https://annan.se' }))).toBe(true);
    expect(isCrossSitePost('POST', headers({ host: 'styrkedjan.se' }))).toBe(true);
    expect(isCrossSitePost('PUT', headers({ host: 'styrkedjan.se', origin: 'null' }))).toBe(true);
    expect(isCrossSitePost('POST', headers({ host: 'styrkedjan.se', origin: 'inte en adress' }))).toBe(true);
  });
});
