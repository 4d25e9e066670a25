import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { accounts, people, signInThrottle } from '@/db/schema';
import { burnPasswordCheck, verifyPassword } from '@/lib/auth/password';
import { ACCOUNT_POLICY, IP_POLICY, registerFailure, secondsUntilAllowed, type ThrottlePolicy, type ThrottleState } from '@/lib/auth/throttle';
import { writeAudit } from './audit';

export type SignInFailure = 'invalid' | 'throttled';

export class SignInError extends Error {
  constructor(readonly code: SignInFailure) {
    super(code);
    this.name = 'SignInError';
  }
}

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  sessionVersion: number;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function readThrottle(key: string): ThrottleState | undefined {
  const row = getDb().select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
  if (!row) return undefined;
  return {
    failures: row.failures,
    windowStartedAt: Math.floor(row.windowStartedAt.getTime() / 1000),
    blockedUntil: row.blockedUntil ? Math.floor(row.blockedUntil.getTime() / 1000) : null,
  };
}

function recordFailure(key: string, policy: ThrottlePolicy, now: number) {
  const next = registerFailure(readThrottle(key), now, policy);
  const values = {
    failures: next.failures,
    windowStartedAt: new Date(next.windowStartedAt * 1000),
    blockedUntil: next.blockedUntil ? new Date(next.blockedUntil * 1000) : null,
  };
  getDb()
    .insert(signInThrottle)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: signInThrottle.key, set: values })
    .run();
}

/**
 * Checks an e-mail and password. Throttled keys are refused before the password is looked at, so
 * a guesser learns nothing while blocked. Unknown accounts cost as much time as known ones.
 */
export async function authenticateWithPassword(emailInput: string, password: string, ip: string): Promise<AuthenticatedUser> {
  const email = emailInput.trim().toLowerCase();
  const accountKey = `account:${email}`;
  const ipKey = `ip:${ip}`;
  const now = nowSeconds();
  if (secondsUntilAllowed(readThrottle(accountKey), now) > 0 || secondsUntilAllowed(readThrottle(ipKey), now) > 0) {
    throw new SignInError('throttled');
  }

  const db = getDb();
  const row = db
    .select({ account: accounts, givenName: people.givenName, familyName: people.familyName })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.email, email))
    .get();

  const ok = row?.account.passwordHash && row.account.active ? await verifyPassword(password, row.account.passwordHash) : (await burnPasswordCheck(password), false);

  if (!ok || !row) {
    db.transaction((tx) => {
      recordFailure(accountKey, ACCOUNT_POLICY, now);
      recordFailure(ipKey, IP_POLICY, now);
      writeAudit(tx, { actorPersonId: row?.account.personId ?? null, action: 'auth.sign_in_failed', detail: { ip } });
    });
    throw new SignInError('invalid');
  }

  db.transaction((tx) => {
    tx.delete(signInThrottle).where(eq(signInThrottle.key, accountKey)).run();
    tx.update(accounts).set({ lastSignInAt: new Date() }).where(eq(accounts.id, row.account.id)).run();
    writeAudit(tx, { actorPersonId: row.account.personId, action: 'auth.sign_in', detail: { ip } });
  });
  return {
    id: String(row.account.personId),
    name: `${row.givenName} ${row.familyName}`,
    email,
    sessionVersion: row.account.sessionVersion,
  };
}

/** Ends every session of a person at their next request: tokens carry the old version. */
export function endSessions(personId: number, reason: 'sign_out' | 'deactivated') {
  const db = getDb();
  db.transaction((tx) => {
    tx.update(accounts).set({ sessionVersion: sql`${accounts.sessionVersion} + 1` }).where(eq(accounts.personId, personId)).run();
    writeAudit(tx, { actorPersonId: personId, action: `auth.${reason}` });
  });
}

/**
 * The account's guessing budget, shared with the password change form: a wrong current password
 * there counts as a failed sign-in, so a left-open session cannot be used to guess the password.
 */
export function isAccountThrottled(email: string): boolean {
  return secondsUntilAllowed(readThrottle(`account:${email.trim().toLowerCase()}`), nowSeconds()) > 0;
}

export function recordAccountFailure(email: string): void {
  recordFailure(`account:${email.trim().toLowerCase()}`, ACCOUNT_POLICY, nowSeconds());
}
