import 'server-only';
import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { accounts, employments, municipalities, people, roleAssignments } from '@/db/schema';
import { decideSsoMatch, identifierFromClaims, missingIdentifierReason, type SsoCandidate, type SsoClaimSettings, type SsoIdentifier, type SsoRefusal } from '@/lib/auth/sso-match';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import type { AuthenticatedUser } from './authentication';
import { writeAudit } from '@/lib/audit/write-audit';

export type SsoSignInResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: SsoRefusal };

/** People of the provider's own municipality only: the same number or address elsewhere is someone else. */
function findCandidates(identifier: SsoIdentifier, municipalityCode: string) {
  const db = getDb();
  const today = todayInStockholm();
  const match =
    identifier.kind === 'employee_number'
      ? eq(people.employeeNumber, identifier.value)
      : // The account's sign-in name first, the person's own address for those without an account.
        or(eq(accounts.email, identifier.value), eq(sql`lower(${people.email})`, identifier.value));
  // Staff are current while an employment runs (their role rows may outlive it); people never
  // employed here, such as politicians, while they hold a role.
  const employed = db
    .select({ one: sql`1` })
    .from(employments)
    .where(and(eq(employments.personId, people.id), or(isNull(employments.endDate), gte(employments.endDate, today))));
  const everEmployed = db
    .select({ one: sql`1` })
    .from(employments)
    .where(eq(employments.personId, people.id));
  const holdsRole = db
    .select({ one: sql`1` })
    .from(roleAssignments)
    .where(eq(roleAssignments.personId, people.id));
  return db
    .select({
      personId: people.id,
      personEmail: people.email,
      givenName: people.givenName,
      familyName: people.familyName,
      accountId: accounts.id,
      accountEmail: accounts.email,
      active: accounts.active,
      sessionVersion: accounts.sessionVersion,
      current: sql<number>`exists ${employed} or (not exists ${everEmployed} and exists ${holdsRole})`,
    })
    .from(people)
    .innerJoin(municipalities, and(eq(municipalities.id, people.municipalityId), eq(municipalities.scbCode, municipalityCode)))
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(match)
    .all();
}

type Row = ReturnType<typeof findCandidates>[number];

function refuse(reason: SsoRefusal, personId: number | null, identifier: SsoIdentifier | null, provider: string): SsoSignInResult {
  getDb().transaction(
    (tx) => {
      writeAudit(tx, {
        actorPersonId: personId,
        action: 'auth.sign_in_refused',
        detail: { method: 'sso', provider, reason, match: identifier?.kind ?? null, identifier: identifier?.value ?? null },
      });
    },
    { behavior: 'immediate' },
  );
  return { ok: false, reason };
}

/**
 * Signs in the person an OIDC provider vouched for, or says why not (rules in lib/auth/sso-match).
 * Both outcomes are audited; a refusal records the identifier so the administrator can see who was
 * turned away. A current person's first SSO sign-in opens their password-less account.
 */
export function authenticateWithSso(claims: Record<string, unknown>, settings: SsoClaimSettings & { municipalityCode: string }, provider: string): SsoSignInResult {
  const identifier = identifierFromClaims(claims, settings);
  if (!identifier) return refuse(missingIdentifierReason(claims, settings), null, null, provider);
  const rows = findCandidates(identifier, settings.municipalityCode);
  const candidates: SsoCandidate[] = rows.map((r) => ({
    personId: r.personId,
    account: r.accountId !== null && r.active !== null && r.sessionVersion !== null ? { active: r.active, sessionVersion: r.sessionVersion } : null,
    current: Boolean(r.current),
  }));
  const decision = decideSsoMatch(candidates);
  if (!decision.ok) return refuse(decision.reason, decision.personId, identifier, provider);
  const row = rows.find((r) => r.personId === decision.personId) as Row;

  // A new account signs in with the person's own address, or the one the IdP vouched for.
  const newEmail = (row.personEmail ?? (identifier.kind === 'email' ? identifier.value : '')).trim().toLowerCase();
  const db = getDb();
  const user = db.transaction(
    (tx): AuthenticatedUser | null => {
      let email = row.accountEmail;
      let sessionVersion = decision.sessionVersion;
      if (sessionVersion === null) {
        // The address may already be another person's sign-in name: never take it over.
        if (!newEmail || tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, newEmail)).get()) return null;
        const created = tx.insert(accounts).values({ personId: decision.personId, email: newEmail, passwordHash: null, active: true, lastSignInAt: new Date() }).returning({ id: accounts.id, sessionVersion: accounts.sessionVersion }).get();
        writeAudit(tx, { actorPersonId: decision.personId, action: 'account.created', objectType: 'account', objectId: created.id, detail: { method: 'sso', provider } });
        email = newEmail;
        sessionVersion = created.sessionVersion;
      } else {
        tx.update(accounts).set({ lastSignInAt: new Date() }).where(eq(accounts.personId, decision.personId)).run();
      }
      writeAudit(tx, { actorPersonId: decision.personId, action: 'auth.sign_in', detail: { method: 'sso', provider, match: identifier.kind } });
      // The same shape as a password sign-in, so the session token carries the same content.
      return { id: String(decision.personId), name: `${row.givenName} ${row.familyName}`, email: email ?? newEmail, sessionVersion };
    },
    { behavior: 'immediate' },
  );
  return user ? { ok: true, user } : refuse('ambiguous', decision.personId, identifier, provider);
}
