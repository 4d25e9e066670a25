import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { accounts, people } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { NotFoundError, RuleError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { isPersonalPassword, type PasswordChangeInput } from '@/features/account/password-validation';
import { writeAudit } from '@/lib/audit/write-audit';
import { reserveAccountCheck, settleAccountCheck } from '@/lib/auth/authentication';

/** The signed-in person's own account, if it signs in with a password (not SSO only). */
function passwordAccountOf(db: Db, personId: number) {
  return db.select({ id: accounts.id, email: accounts.email, passwordHash: accounts.passwordHash, givenName: people.givenName, familyName: people.familyName }).from(accounts).innerJoin(people, eq(people.id, accounts.personId)).where(eq(accounts.personId, personId)).get();
}

/** Whether the page offers a password change at all (an SSO-only account has no password). */
export async function canChangeOwnPassword(db: Db, viewer: Viewer): Promise<boolean> {
  return !!passwordAccountOf(db, viewer.personId)?.passwordHash;
}

/**
 * Changes the signed-in person's own password: the current one must be right, the new one must not
 * be built from their e-mail or name. One transaction: the new hash, the session version raised
 * (every session, this one too, ends at its next request: they sign in again with the new
 * password) and an audit row, which never holds a password.
 */
export async function changeOwnPassword(db: Db, viewer: Viewer, input: PasswordChangeInput): Promise<void> {
  const account = passwordAccountOf(db, viewer.personId);
  if (!account?.passwordHash) throw new NotFoundError('Kontot');
  const check = reserveAccountCheck(db, account.email);
  if (!check) throw new RuleError('password.throttled', 'currentPassword');
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) throw new RuleError('password.wrongCurrent', 'currentPassword');
  settleAccountCheck(db, check);
  if (isPersonalPassword(input.newPassword, { email: account.email, names: [account.givenName, account.familyName] })) throw new RuleError('password.personal', 'newPassword');
  const hash = await hashPassword(input.newPassword);
  db.transaction(
    (tx) => {
      tx.update(accounts)
        .set({ passwordHash: hash, sessionVersion: sql`${accounts.sessionVersion} + 1` })
        .where(eq(accounts.id, account.id))
        .run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'auth.password_changed', objectType: 'account', objectId: account.id });
    },
    { behavior: 'immediate' },
  );
}
