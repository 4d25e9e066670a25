import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db, Tx } from '@/db/connection';
import { accounts, people, signInThrottle } from '@/db/schema';
import { burnPasswordCheck, verifyPassword } from '@/lib/auth/password';
import { ACCOUNT_POLICY, IP_POLICY, refundAttempt, reserveAttempt, type Reservation, type ThrottlePolicy, type ThrottleState } from '@/lib/auth/throttle';
import { SignInError } from '@/lib/auth/sign-in-error';
import { addressThrottleKey } from '@/lib/security/client-address';
import { writeAudit } from '@/lib/audit/write-audit';

export { SignInError, type SignInFailure } from '@/lib/auth/sign-in-error';

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  sessionVersion: number;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const accountKeyOf = (email: string) => `account:${email.trim().toLowerCase()}`;

function readThrottle(tx: Db | Tx, key: string): ThrottleState | undefined {
  const row = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
  if (!row) return undefined;
  return {
    failures: row.failures,
    lastFailureAt: Math.floor(row.lastFailureAt.getTime() / 1000),
    blockedUntil: row.blockedUntil ? Math.floor(row.blockedUntil.getTime() / 1000) : null,
  };
}

function writeThrottle(tx: Tx, key: string, state: ThrottleState | undefined) {
  if (!state) {
    tx.delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
    return;
  }
  const values = { failures: state.failures, lastFailureAt: new Date(state.lastFailureAt * 1000), blockedUntil: state.blockedUntil ? new Date(state.blockedUntil * 1000) : null };
  tx.insert(signInThrottle)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: signInThrottle.key, set: values })
    .run();
}

type Granted = Extract<Reservation, { allowed: true }>;
export interface PasswordCheckTicket {
  reservations: { key: string; reservation: Granted }[];
}

/**
 * Checks every key's wait and counts this attempt as a failure under each, in one write
 * transaction taken at its start (BEGIN IMMEDIATE): another process's attempt waits for it, so
 * every attempt sees the ones before it. Null when any key must still wait: nothing is counted.
 */
function reservePasswordCheck(db: Db, keys: [string, ThrottlePolicy][], now: number): PasswordCheckTicket | null {
  return db.transaction(
    (tx) => {
      const reservations: PasswordCheckTicket['reservations'] = [];
      for (const [key, policy] of keys) {
        const reservation = reserveAttempt(readThrottle(tx, key), now, policy);
        if (!reservation.allowed) return null;
        reservations.push({ key, reservation });
      }
      for (const { key, reservation } of reservations) writeThrottle(tx, key, reservation.after);
      return { reservations };
    },
    { behavior: 'immediate' },
  );
}

/** A right password gives back what its check took; its own account's count starts over. */
function settleSuccess(tx: Tx, ticket: PasswordCheckTicket, accountKey: string) {
  for (const { key, reservation } of ticket.reservations) {
    writeThrottle(tx, key, key === accountKey ? undefined : refundAttempt(readThrottle(tx, key), reservation));
  }
}

/**
 * Checks an e-mail and password. Throttled keys are refused before the password is looked at, so
 * a guesser learns nothing while blocked. Unknown accounts cost as much time as known ones. Without
 * a known client address only the account's limit applies: there is no shared key for "unknown".
 */
export function authenticateWithPassword(emailInput: string, password: string, clientAddress: string | null): Promise<AuthenticatedUser> {
  return authenticateWithPasswordWith(getDb(), emailInput, password, clientAddress);
}

export async function authenticateWithPasswordWith(db: Db, emailInput: string, password: string, clientAddress: string | null): Promise<AuthenticatedUser> {
  const email = emailInput.trim().toLowerCase();
  const accountKey = accountKeyOf(email);
  const ipKey = addressThrottleKey(clientAddress);
  const keys: [string, ThrottlePolicy][] = [[accountKey, ACCOUNT_POLICY], ...(ipKey ? [[ipKey, IP_POLICY] as [string, ThrottlePolicy]] : [])];
  const ticket = reservePasswordCheck(db, keys, nowSeconds());
  if (!ticket) throw new SignInError('throttled');

  const row = db.select({ account: accounts, givenName: people.givenName, familyName: people.familyName }).from(accounts).innerJoin(people, eq(people.id, accounts.personId)).where(eq(accounts.email, email)).get();

  const ok = row?.account.passwordHash && row.account.active ? await verifyPassword(password, row.account.passwordHash) : (await burnPasswordCheck(password), false);
  const detail = { ip: clientAddress };

  if (!ok || !row) {
    writeAudit(db, { actorPersonId: row?.account.personId ?? null, action: 'auth.sign_in_failed', detail });
    throw new SignInError('invalid');
  }

  db.transaction((tx) => {
    settleSuccess(tx, ticket, accountKey);
    tx.update(accounts).set({ lastSignInAt: new Date() }).where(eq(accounts.id, row.account.id)).run();
    writeAudit(tx, { actorPersonId: row.account.personId, action: 'auth.sign_in', detail });
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
    tx.update(accounts)
      .set({ sessionVersion: sql`${accounts.sessionVersion} + 1` })
      .where(eq(accounts.personId, personId))
      .run();
    writeAudit(tx, { actorPersonId: personId, action: `auth.${reason}` });
  });
}

/**
 * The account's guessing budget, shared with the password change form: a wrong current password
 * there counts as a failed sign-in, so a left-open session cannot be used to guess the password.
 * Null while the account must wait; otherwise the check is already counted, and a right password
 * gives it back with settleAccountCheck.
 */
export function reserveAccountCheck(db: Db, email: string): PasswordCheckTicket | null {
  return reservePasswordCheck(db, [[accountKeyOf(email), ACCOUNT_POLICY]], nowSeconds());
}

/** The current password was right: the check is not held against the account. */
export function settleAccountCheck(db: Db, ticket: PasswordCheckTicket): void {
  db.transaction((tx) => {
    for (const { key, reservation } of ticket.reservations) writeThrottle(tx, key, refundAttempt(readThrottle(tx, key), reservation));
  });
}
