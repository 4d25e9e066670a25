import 'server-only';
import { inArray, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { accounts, people } from '@/db/schema';
import { env } from '@/lib/env';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo-accounts';

/** The demo accounts with the names of the people behind them; empty unless the app runs in demo mode. */
export function listDemoAccounts(db: Db) {
  if (!env.demoMode) return { password: null, accounts: [] };
  const rows = db
    .select({ email: accounts.email, givenName: people.givenName, familyName: people.familyName, title: people.title })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(
      inArray(
        accounts.email,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    )
    .all();
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  return {
    password: DEMO_PASSWORD,
    accounts: DEMO_ACCOUNTS.flatMap((a) => {
      const person = byEmail.get(a.email);
      return person ? [{ key: a.key, email: a.email, roleLabel: a.roleLabel, name: `${person.givenName} ${person.familyName}`, title: person.title ?? '' }] : [];
    }),
  };
}
