import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getToken } from 'next-auth/jwt';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { accounts, people, roleAssignments } from '@/db/schema';
import { env } from '@/lib/env';
import type { Viewer } from '@/lib/permissions';

/**
 * The session token of the request, decrypted once (an expired or forged one gives null). This is
 * all a page needs of next-auth: its session route would also derive a CSRF token, run the
 * callbacks and re-encrypt the token for a cookie that a page cannot send back, on every request.
 */
async function sessionToken() {
  const store = await cookies();
  const req = { cookies: Object.fromEntries(store.getAll().map((c) => [c.name, c.value])), headers: {} };
  // The cookie's name follows next-auth's own rule: the __Secure- prefix when the site is on https.
  return getToken({ req: req as unknown as Parameters<typeof getToken>[0]['req'], secret: env.authSecret, secureCookie: env.authUrl?.startsWith('https://') ?? false });
}

/**
 * The signed-in person, or null. A valid token is not enough: the account must still be active and
 * the token's session version current, so a sign-out or deactivation ends the session at once.
 * Cached per request, so every DAL call in one render shares one lookup.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await sessionToken();
  const personId = session?.personId;
  if (!personId || !session.sessionVersion) return null;
  const db = getDb();
  const row = db
    .select({ active: accounts.active, sessionVersion: accounts.sessionVersion, municipalityId: people.municipalityId, givenName: people.givenName, familyName: people.familyName })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.personId, personId))
    .get();
  if (!row || !row.active || row.sessionVersion !== session.sessionVersion) return null;
  const roles = db.select({ role: roleAssignments.role, orgUnitId: roleAssignments.orgUnitId }).from(roleAssignments).where(eq(roleAssignments.personId, personId)).all();
  return { personId, municipalityId: row.municipalityId, name: `${row.givenName} ${row.familyName}`, roles };
});

/** For pages and actions that need a signed-in person: anyone else is sent to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/logga-in');
  return viewer;
}
