import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({
  getDb: () => {
    throw new Error('tests pass their own database');
  },
}));

const { demoDatabase } = await import('@/test-support/demo-database');
const { authenticateWithPasswordWith, SignInError } = await import('./authentication');
const { ACCOUNT_POLICY, IP_POLICY } = await import('@/lib/auth/throttle');
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('@/lib/demo-accounts');
type Db = import('@/db/connection').Db;

const db: Db = await demoDatabase();
const email = DEMO_ACCOUNTS.find((a) => a.key === 'employee')!.email;
const throttleRows = () => db.$client.prepare('SELECT key, failures, blocked_until AS blockedUntil FROM sign_in_throttle ORDER BY key').all() as { key: string; failures: number; blockedUntil: number | null }[];
const rowOf = (key: string) => throttleRows().find((r) => r.key === key);

/** How each attempt ended: the password was checked and wrong, refused unchecked, or signed in. */
async function outcome(attempt: Promise<unknown>): Promise<'invalid' | 'throttled' | 'ok'> {
  try {
    await attempt;
    return 'ok';
  } catch (err) {
    if (err instanceof SignInError) return err.code;
    throw err;
  }
}
const tally = (outcomes: string[]) => Object.fromEntries(['invalid', 'throttled', 'ok'].map((k) => [k, outcomes.filter((o) => o === k).length]));

describe('password sign-in against the real database', () => {
  beforeEach(() => {
    db.$client.prepare('DELETE FROM sign_in_throttle').run();
  });

  it('checks at most the free failures and the one that starts the wait when 24 wrong passwords race', async () => {
    const outcomes = await Promise.all(Array.from({ length: 24 }, (_, i) => outcome(authenticateWithPasswordWith(db, email, `fel-${i}`, '203.0.113.10'))));
    expect(tally(outcomes)).toEqual({ invalid: ACCOUNT_POLICY.freeFailures + 1, throttled: 24 - ACCOUNT_POLICY.freeFailures - 1, ok: 0 });
    expect(rowOf(`account:${email}`)?.failures).toBe(ACCOUNT_POLICY.freeFailures + 1);
    // The right password is refused too while the account waits: the guesser learns nothing.
    expect(await outcome(authenticateWithPasswordWith(db, email, DEMO_PASSWORD, '203.0.113.11'))).toBe('throttled');
  });

  it('holds one address to its own limit across accounts, even when the attempts race', async () => {
    // The address has already used all but two of its free failures (counting them one by one
    // would only cost time: every check is a full scrypt).
    const earlier = IP_POLICY.freeFailures - 2;
    db.$client.prepare('INSERT INTO sign_in_throttle (key, failures, window_started_at, blocked_until) VALUES (?, ?, unixepoch(), NULL)').run('ip:203.0.113.20', earlier);
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => outcome(authenticateWithPasswordWith(db, `ingen-${i}@sjovik.se`, 'fel', '203.0.113.20'))));
    expect(tally(outcomes)).toEqual({ invalid: 3, throttled: 9, ok: 0 });
    expect(rowOf('ip:203.0.113.20')?.failures).toBe(IP_POLICY.freeFailures + 1);
    // Another address is not affected.
    expect(await outcome(authenticateWithPasswordWith(db, email, DEMO_PASSWORD, '203.0.113.21'))).toBe('ok');
  });

  it('keeps no per-address count at all when the address is unknown; the account limit still holds', async () => {
    for (let i = 0; i <= ACCOUNT_POLICY.freeFailures; i++) expect(await outcome(authenticateWithPasswordWith(db, email, `fel-${i}`, null))).toBe('invalid');
    expect(await outcome(authenticateWithPasswordWith(db, email, 'fel-igen', null))).toBe('throttled');
    expect(throttleRows().map((r) => r.key)).toEqual([`account:${email}`]);
    // Someone else without a known address is not locked out by that.
    const other = DEMO_ACCOUNTS.find((a) => a.key === 'colleague')!.email;
    expect(await outcome(authenticateWithPasswordWith(db, other, DEMO_PASSWORD, null))).toBe('ok');
  });

  it('does not hold a right password against its address, and starts the account over', async () => {
    await outcome(authenticateWithPasswordWith(db, email, 'fel', '203.0.113.30'));
    expect(await outcome(authenticateWithPasswordWith(db, email, DEMO_PASSWORD, '203.0.113.30'))).toBe('ok');
    expect(rowOf('ip:203.0.113.30')?.failures).toBe(1);
    expect(rowOf(`account:${email}`)).toBeUndefined();
  });
});
