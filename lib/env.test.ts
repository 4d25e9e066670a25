import { afterEach, describe, expect, it, vi } from 'vitest';

async function loadWith(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  return (await import('./env')).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the trusted proxy hops setting', () => {
  it('trusts no proxy unless told', async () => {
    expect((await loadWith({ STYRKEDJAN_TRUSTED_PROXY_HOPS: undefined })).trustedProxyHops).toBe(0);
  });

  it('takes a small whole number', async () => {
    expect((await loadWith({ STYRKEDJAN_TRUSTED_PROXY_HOPS: '1' })).trustedProxyHops).toBe(1);
  });

  it('stops the app at start for anything else', async () => {
    for (const bad of ['-1', '1.5', 'nginx', '6']) {
      await expect(loadWith({ STYRKEDJAN_TRUSTED_PROXY_HOPS: bad })).rejects.toThrow(/STYRKEDJAN_TRUSTED_PROXY_HOPS/);
    }
  });
});
