import { expect, test } from '@playwright/test';
import { ACCOUNT_POLICY, IP_POLICY } from '../lib/auth/throttle';
import { openTestDb } from './http/facts';
import { baseUrl } from './http/session';
import { inBatches, signInAttempt, tally } from './http/sign-in-attempts';

// The production server as deployed (several processes, one SQLite file), reached directly: no
// proxy is trusted, so the throttle counts the socket's address and nothing a client writes.
// Each test is a client of its own on a loopback address of its own, so the browser tests at
// 127.0.0.1 keep their budget.
const run = Date.now();
const throttleRows = () => {
  const db = openTestDb();
  try {
    return db.prepare('SELECT key, failures FROM sign_in_throttle').all() as { key: string; failures: number }[];
  } finally {
    db.close();
  }
};

test.describe('the sign-in throttle, reached directly', () => {
  test.describe.configure({ timeout: 300_000 });

  test('24 wrong passwords at once for one account: only the free failures and the one that starts the wait are checked', async () => {
    const email = `kapplopning-${run}@sjovik.se`;
    const codes = await Promise.all(Array.from({ length: 24 }, (_, i) => signInAttempt(email, `fel-${i}`, { base: baseUrl(), from: '127.0.0.51' }).then((a) => a.error)));
    expect(tally(codes)).toEqual({ CredentialsSignin: ACCOUNT_POLICY.freeFailures + 1, throttled: 24 - ACCOUNT_POLICY.freeFailures - 1 });
    expect(throttleRows().find((r) => r.key === `account:${email}`)?.failures).toBe(ACCOUNT_POLICY.freeFailures + 1);
  });

  test('30 failures with 30 invented addresses in every forwarding header are throttled as one client', async () => {
    const invented = (i: number) => `198.51.100.${i + 1}`;
    const codes = await inBatches(30, 6, (i) =>
      signInAttempt(`spoof-direkt-${run}-${i}@sjovik.se`, 'fel', {
        base: baseUrl(),
        from: '127.0.0.52',
        headers: { 'x-forwarded-for': invented(i), 'x-real-ip': invented(i), forwarded: `for=${invented(i)}`, 'x-styrkedjan-client-address': invented(i) },
      }).then((a) => a.error),
    );
    expect(tally(codes)).toEqual({ CredentialsSignin: IP_POLICY.freeFailures + 1, throttled: 30 - IP_POLICY.freeFailures - 1 });
    const rows = throttleRows();
    expect(rows.find((r) => r.key === 'ip:127.0.0.52')?.failures).toBe(IP_POLICY.freeFailures + 1);
    expect(rows.filter((r) => r.key.startsWith('ip:198.51.100.'))).toEqual([]);
    // The throttled address is that client's alone: another one is checked as usual.
    expect((await signInAttempt(`spoof-direkt-${run}-annan@sjovik.se`, 'fel', { base: baseUrl(), from: '127.0.0.53' })).error).toBe('CredentialsSignin');
  });
});
