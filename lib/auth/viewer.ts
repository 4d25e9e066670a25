import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { decode, type JWT } from 'next-auth/jwt';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { accounts, orgUnits, people, roleAssignments } from '@/db/schema';
import { env } from '@/lib/env';
import { sessionTokenText } from '@/lib/security/session-cookie';
import type { Viewer } from '@/lib/permissions';
import { preparedPerConnection } from '@/db/prepared';

/**
 * Decrypted session tokens by their text. A token's content never changes (a new one gets
 * a new text), so decrypting it again on every request of the same session only costs time. Its
 * expiry is still checked on every use, and the account checks below run on every request.
 */
const decrypted = new Map<string, JWT>();
const MAX_DECRYPTED = 10_000;

/**
 * The session token of the request, decrypted once (an expired or forged one gives null). This is
 * all a page needs of next-auth: its session route would also derive a CSRF token, run the
 * callbacks and re-encrypt the token for a cookie that a page cannot send back, on every request.
 */
async function sessionToken(): Promise<JWT | null> {
  const all = (await cookies()).getAll();
  const text = await sessionTokenText(all, env.authUrl);
  if (!text) return null;
  const known = decrypted.get(text);
  if (known) return typeof known.exp === 'number' && known.exp * 1000 > Date.now() ? known : null;
  const token = await decode({ token: text, secret: env.authSecret }).catch(() => null);
  if (token && typeof token.exp === 'number') {
    if (decrypted.size >= MAX_DECRYPTED) decrypted.clear();
    decrypted.set(text, token);
  }
  return token;
}

const viewerQueries = preparedPerConnection((db) => ({
  account: db
    .select({ active: accounts.active, sessionVersion: accounts.sessionVersion, municipalityId: people.municipalityId, givenName: people.givenName, familyName: people.familyName })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.personId, sql.placeholder('personId')))
    .prepare(),
  // A role is held in the person's own municipality: a grant on another municipality's unit
  // (which no import or seed writes) is ignored rather than trusted.
  roles: db
    .select({ role: roleAssignments.role, orgUnitId: roleAssignments.orgUnitId })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .leftJoin(orgUnits, eq(orgUnits.id, roleAssignments.orgUnitId))
    .where(and(eq(roleAssignments.personId, sql.placeholder('personId')), or(isNull(roleAssignments.orgUnitId), eq(orgUnits.municipalityId, people.municipalityId))))
    .prepare(),
}));

/**
 * The signed-in person, or null. A valid token is not enough: the account must still be active and
 * the token's session version current, so a sign-out or deactivation ends the session at once.
 * Cached per request, so every DAL call in one render shares one lookup.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await sessionToken();
  const personId = session?.personId;
  if (!personId || !session.sessionVersion) return null;
  const queries = viewerQueries(getDb());
  const row = queries.account.get({ personId });
  if (!row || !row.active || row.sessionVersion !== session.sessionVersion) return null;
  const roles = queries.roles.all({ personId });
  return { personId, municipalityId: row.municipalityId, name: `${row.givenName} ${row.familyName}`, roles };
});

/** For pages and actions that need a signed-in person: anyone else is sent to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/logga-in');
  return viewer;
}
