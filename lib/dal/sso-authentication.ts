import 'server-only';
import { eq, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { accounts, people } from '@/db/schema';
import { decideSsoMatch, identifierFromClaims, type SsoCandidate, type SsoClaimSettings, type SsoIdentifier, type SsoRefusal } from '@/lib/auth/sso-match';
import type { AuthenticatedUser } from './authentication';
import { writeAudit } from './audit';

export type SsoSignInResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: SsoRefusal };

function findCandidates(identifier: SsoIdentifier) {
  const match =
    identifier.kind === 'employee_number'
      ? eq(people.employeeNumber, identifier.value)
      : // The account's sign-in name first, the person's own address for those whose account differs.
        or(eq(accounts.email, identifier.value), eq(sql`lower(${people.email})`, identifier.value));
  return getDb()
    .select({ personId: people.id, accountId: accounts.id, active: accounts.active, sessionVersion: accounts.sessionVersion, email: accounts.email, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(match)
    .all();
}

/**
 * Signs in the person an OIDC provider vouched for, or says why not. Both outcomes are audited;
 * a refusal records the identifier so the administrator can see who was turned away.
 */
export function authenticateWithSso(claims: Record<string, unknown>, settings: SsoClaimSettings, provider: string): SsoSignInResult {
  const identifier = identifierFromClaims(claims, settings);
  const rows = identifier ? findCandidates(identifier) : [];
  const candidates: SsoCandidate[] = rows.map((r) => ({
    personId: r.personId,
    account: r.accountId !== null && r.active !== null && r.sessionVersion !== null ? { active: r.active, sessionVersion: r.sessionVersion } : null,
  }));
  const decision = identifier ? decideSsoMatch(candidates) : ({ ok: false, reason: 'missing_claim', personId: null } as const);
  const db = getDb();

  if (!decision.ok) {
    db.transaction(
      (tx) => {
        writeAudit(tx, {
          actorPersonId: decision.personId,
          action: 'auth.sign_in_refused',
          detail: { method: 'sso', provider, reason: decision.reason, match: identifier?.kind ?? null, identifier: identifier?.value ?? null },
        });
      },
      { behavior: 'immediate' },
    );
    return { ok: false, reason: decision.reason };
  }

  const row = rows.find((r) => r.personId === decision.personId);
  if (!row?.accountId || !row.email) return { ok: false, reason: 'no_account' };
  const accountId = row.accountId;
  db.transaction(
    (tx) => {
      tx.update(accounts).set({ lastSignInAt: new Date() }).where(eq(accounts.id, accountId)).run();
      writeAudit(tx, { actorPersonId: decision.personId, action: 'auth.sign_in', detail: { method: 'sso', provider, match: identifier?.kind ?? null } });
    },
    { behavior: 'immediate' },
  );
  // The same shape as a password sign-in, so the session token carries the same content.
  return {
    ok: true,
    user: { id: String(decision.personId), name: `${row.givenName} ${row.familyName}`, email: row.email, sessionVersion: decision.sessionVersion },
  };
}
