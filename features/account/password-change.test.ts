import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '@/lib/demo-accounts';

// The password change against a seeded database (Norrvik beside Sjövik), given its connection and viewer as the action gives them.
vi.mock('server-only', () => ({}));

const { demoDatabase, viewerOf } = await import('@/test-support/demo-database');
const { canChangeOwnPassword, changeOwnPassword } = await import('./password-change');
const { verifyPassword } = await import('@/lib/auth/password');
const { NotFoundError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;

let db: Db;
type Account = { id: number; hash: string | null; version: number };
const accountOf = (email: string) => db.$client.prepare('SELECT id, password_hash AS hash, session_version AS version FROM accounts WHERE email = ?').get(email) as Account;
const audits = () => db.$client.prepare("SELECT actor_person_id AS actor, object_id AS accountId, detail FROM audit_log WHERE action = 'auth.password_changed'").all();
const NEW_PASSWORD = 'Vinterns-sjöar-lyser-7';

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
});
afterAll(() => db.$client.close());

describe('changing one’s own password', () => {
  it('refuses a wrong current password and a password made of the person’s name, changing nothing', async () => {
    const me = viewerOf(db, 'medarbetare@sjovik.se');
    const before = accountOf('medarbetare@sjovik.se');
    await expect(changeOwnPassword(db, me, { currentPassword: 'inte-mitt-losenord', newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD })).rejects.toMatchObject({ messageKey: 'password.wrongCurrent', field: 'currentPassword' });
    const [given] = me.name.split(' ');
    await expect(changeOwnPassword(db, me, { currentPassword: DEMO_PASSWORD, newPassword: `${given}2026!`, repeatPassword: `${given}2026!` })).rejects.toMatchObject({ messageKey: 'password.personal', field: 'newPassword' });
    expect(accountOf('medarbetare@sjovik.se')).toEqual(before);
    expect(audits()).toEqual([]);
  });

  it('changes the viewer’s own password only, ends their sessions and records it without the password', async () => {
    const me = viewerOf(db, 'medarbetare@sjovik.se');
    expect(await canChangeOwnPassword(db, me)).toBe(true);
    const before = accountOf('medarbetare@sjovik.se');
    const namesake = accountOf('medarbetare@norrvik.se');
    const colleague = accountOf('kollega@sjovik.se');
    await changeOwnPassword(db, me, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    const after = accountOf('medarbetare@sjovik.se');
    expect(after.version).toBe(before.version + 1);
    expect(await verifyPassword(NEW_PASSWORD, after.hash!)).toBe(true);
    expect(audits()).toEqual([{ actor: me.personId, accountId: before.id, detail: null }]);
    // The same role's account in the other municipality, and a colleague's, are untouched.
    expect(accountOf('medarbetare@norrvik.se')).toEqual(namesake);
    expect(accountOf('kollega@sjovik.se')).toEqual(colleague);
  });

  it('is not offered to an account without a password, which changes nothing', async () => {
    const me = viewerOf(db, 'kollega@sjovik.se');
    db.$client.prepare('UPDATE accounts SET password_hash = NULL WHERE email = ?').run('kollega@sjovik.se');
    const before = accountOf('kollega@sjovik.se');
    expect(await canChangeOwnPassword(db, me)).toBe(false);
    await expect(changeOwnPassword(db, me, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD })).rejects.toBeInstanceOf(NotFoundError);
    expect(accountOf('kollega@sjovik.se')).toEqual(before);
  });
});
