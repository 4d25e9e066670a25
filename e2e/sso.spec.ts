import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { databasePath } from './http/facts';
import { freePort } from '../scripts/demo-http';
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } from './oidc/client';

/*
 * Single sign-on against a real OpenID Connect provider on a loopback port, through the browser's
 * real redirects. The spec starts its own provider and two app servers on the built app and the
 * shared e2e database: one with both SSO and passwords, one with passwords switched off. The
 * suite's main server keeps password-only sign-in, so other specs are untouched.
 */

const DATABASE_PATH = databasePath();
const BUTTON = 'Logga in med Sjöviks kommun-konto';
const children: ChildProcess[] = [];
let both = '';
let ssoOnly = '';
/** A demo colleague the IdP knows only by employee number, under an address Styrkedjan has never seen. */
const BY_NUMBER_LOGIN = 'anstalld.a@idp.sjovik.se';
let byNumber: { name: string; employeeNumber: string };
/** An employee with no account in Styrkedjan yet. */
let newcomer: { personId: number; email: string; name: string };

async function waitUntilUp(url: string, child: ChildProcess, log: string[]) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process ended (${child.exitCode})\n${log.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not start within 60 s\n${log.join('')}`);
}

/** Its own process group, so the npx wrapper and the server under it end together. */
async function start(command: string, args: string[], env: Record<string, string>, readyUrl: string) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  children.push(child);
  await waitUntilUp(readyUrl, child, log);
}

function startApp(port: number, issuer: string, extra: Record<string, string>) {
  const base = `http://127.0.0.1:${port}`;
  return start(
    'npx',
    ['next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      DATABASE_PATH,
      NEXTAUTH_URL: base,
      STYRKEDJAN_DEMO: '1',
      STYRKEDJAN_OIDC_ISSUER: issuer,
      STYRKEDJAN_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
      STYRKEDJAN_OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
      STYRKEDJAN_OIDC_BUTTON_LABEL: BUTTON,
      STYRKEDJAN_OIDC_MUNICIPALITY: '9999',
      ...extra,
    },
    `${base}/logga-in`,
  ).then(() => base);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const [oidcPort, bothPort, ssoOnlyPort] = [await freePort(), await freePort(), await freePort()];
  const issuer = `http://127.0.0.1:${oidcPort}`;
  const db = new Database(DATABASE_PATH, { readonly: true });
  try {
    byNumber = db.prepare(`SELECT p.given_name || ' ' || p.family_name AS name, p.employee_number AS employeeNumber FROM people p JOIN accounts a ON a.person_id = p.id WHERE a.email = 'kollega@sjovik.se'`).get() as typeof byNumber;
    newcomer = db
      .prepare(
        `SELECT p.id AS personId, lower(p.email) AS email, p.given_name || ' ' || p.family_name AS name FROM people p
         WHERE p.email IS NOT NULL AND p.municipality_id = 1 AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id)
           AND EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id AND e.end_date IS NULL) ORDER BY p.id LIMIT 1`,
      )
      .get() as typeof newcomer;
  } finally {
    db.close();
  }
  const extraUsers = { [BY_NUMBER_LOGIN]: { name: 'Anställd A', employeeNumber: byNumber.employeeNumber }, [newcomer.email]: { name: newcomer.name } };
  const redirectUris = [bothPort, ssoOnlyPort].map((p) => `http://127.0.0.1:${p}/api/auth/callback/oidc`).join(',');
  await start('node', ['--import', 'tsx', 'e2e/oidc/provider.ts'], { OIDC_PORT: String(oidcPort), OIDC_REDIRECT_URIS: redirectUris, OIDC_EXTRA_USERS: JSON.stringify(extraUsers) }, `${issuer}/.well-known/openid-configuration`);
  [both, ssoOnly] = await Promise.all([startApp(bothPort, issuer, {}), startApp(ssoOnlyPort, issuer, { STYRKEDJAN_CREDENTIALS_LOGIN: 'off', STYRKEDJAN_OIDC_EMPLOYEE_NUMBER_CLAIM: 'employeeid' })]);
});

test.afterAll(() => {
  for (const child of children) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
});

/** At the provider: its development login form takes any password; then it asks for consent. */
async function signInAtProvider(page: Page, app: string, email: string) {
  await page.goto(`${app}/logga-in`);
  await page.getByRole('button', { name: BUTTON }).click();
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('valfritt-lösenord');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

interface AuditRow {
  action: string;
  actor: number | null;
  detail: string | null;
}

function latestAudit(actions: string[], sinceId: number): AuditRow[] {
  const db = new Database(DATABASE_PATH, { readonly: true });
  try {
    return db.prepare(`SELECT action, actor_person_id AS actor, detail FROM audit_log WHERE id > ? AND action IN (${actions.map(() => '?').join(',')}) ORDER BY id`).all(sinceId, ...actions) as AuditRow[];
  } finally {
    db.close();
  }
}

function lastAuditId(): number {
  const db = new Database(DATABASE_PATH, { readonly: true });
  try {
    return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
  } finally {
    db.close();
  }
}

function personIdOf(email: string): number {
  const db = new Database(DATABASE_PATH, { readonly: true });
  try {
    return (db.prepare('SELECT person_id AS id FROM accounts WHERE email = ?').get(email) as { id: number }).id;
  } finally {
    db.close();
  }
}

function setActive(email: string, active: boolean) {
  const db = new Database(DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('UPDATE accounts SET active = ? WHERE email = ?').run(active ? 1 : 0, email);
  } finally {
    db.close();
  }
}

test('the sign-in page offers the municipality account beside the password form', async ({ page }) => {
  await page.goto(`${both}/logga-in`);
  await expect(page.getByRole('button', { name: BUTTON })).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Eller logga in med lösenord' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an employee signs in through the IdP and lands on their own page', async ({ page }) => {
  const since = lastAuditId();
  await signInAtProvider(page, both, 'medarbetare@sjovik.se');
  await expect(page).toHaveURL(`${both}/min-styrkedja`);
  await expect(page.getByRole('heading', { level: 1, name: 'Min styrkedja' })).toBeVisible();
  await expect(page.getByText(/^Inloggad som /)).toBeVisible();

  const rows = latestAudit(['auth.sign_in', 'auth.sign_in_refused'], since);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ action: 'auth.sign_in', actor: personIdOf('medarbetare@sjovik.se') });
  expect(JSON.parse(rows[0]!.detail ?? '{}')).toMatchObject({ method: 'sso', provider: 'oidc', match: 'email' });

  // The session is an ordinary one: signing out ends it.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in/);
  await page.goto(`${both}/min-styrkedja`);
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-styrkedja/);
});

test('a person the IdP knows but Styrkedjan does not is refused with a clear message', async ({ page }) => {
  const since = lastAuditId();
  await signInAtProvider(page, both, 'obekant.person@sjovik.se');
  await expect(page).toHaveURL(`${both}/logga-in?error=sso_unknown`);
  await expect(page.locator('#sso-error')).toHaveText(/du finns inte i Styrkedjan/);
  await expectNoAxeViolations(page);
  await page.goto(`${both}/min-styrkedja`);
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-styrkedja/);

  const rows = latestAudit(['auth.sign_in', 'auth.sign_in_refused'], since);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ action: 'auth.sign_in_refused', actor: null });
  expect(JSON.parse(rows[0]!.detail ?? '{}')).toMatchObject({ method: 'sso', reason: 'unknown', identifier: 'obekant.person@sjovik.se' });
});

for (const login of ['kapare@idp.example.org', 'kapare2@idp.example.org']) {
  test(`an address the IdP does not say is verified never reaches an account (${login})`, async ({ page }) => {
    const since = lastAuditId();
    await signInAtProvider(page, both, login);
    await expect(page).toHaveURL(`${both}/logga-in?error=sso_unverified`);
    await expect(page.locator('#sso-error')).toHaveText(/inte bekräftat/);
    await page.goto(`${both}/min-styrkedja`);
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-styrkedja/);
    const rows = latestAudit(['auth.sign_in', 'auth.sign_in_refused'], since);
    expect(rows.map((r) => [r.action, r.actor])).toEqual([['auth.sign_in_refused', null]]);
  });
}

test('a deactivated account is refused even though the IdP vouches for the person', async ({ page }) => {
  const email = 'enhetschef@sjovik.se';
  const since = lastAuditId();
  setActive(email, false);
  try {
    await signInAtProvider(page, both, email);
    await expect(page).toHaveURL(`${both}/logga-in?error=sso_deactivated`);
    await expect(page.locator('#sso-error')).toHaveText(/Ditt konto i Styrkedjan är avstängt/);
  } finally {
    setActive(email, true);
  }
  const rows = latestAudit(['auth.sign_in', 'auth.sign_in_refused'], since);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ action: 'auth.sign_in_refused', actor: personIdOf(email) });
  expect(JSON.parse(rows[0]!.detail ?? '{}')).toMatchObject({ reason: 'deactivated' });
});

test('a current employee without an account gets one at the first sign-in', async ({ page }) => {
  const since = lastAuditId();
  await signInAtProvider(page, both, newcomer.email);
  await expect(page).toHaveURL(`${both}/min-styrkedja`);
  await expect(page.getByText(`Inloggad som ${newcomer.name}`)).toBeVisible();
  expect(personIdOf(newcomer.email)).toBe(newcomer.personId);
  const rows = latestAudit(['account.created', 'auth.sign_in'], since);
  expect(rows.map((r) => [r.action, r.actor])).toEqual([
    ['account.created', newcomer.personId],
    ['auth.sign_in', newcomer.personId],
  ]);
});

test.describe('with password sign-in switched off', () => {
  test('the form is gone and only the municipality account is offered', async ({ page }) => {
    await page.goto(`${ssoOnly}/logga-in`);
    await expect(page.getByRole('button', { name: BUTTON })).toBeVisible();
    await expect(page.getByLabel('E-postadress')).toHaveCount(0);
    await expect(page.getByLabel('Lösenord')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Demokonton' })).toHaveCount(0);
    await expect(page.getByText('Logga in med ditt konto i kommunen.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the password endpoint refuses a correct password', async ({ page }) => {
    const { csrfToken } = (await (await page.request.get(`${ssoOnly}/api/auth/csrf`)).json()) as { csrfToken: string };
    const response = await page.request.post(`${ssoOnly}/api/auth/callback/credentials`, {
      form: { csrfToken, email: 'medarbetare@sjovik.se', password: 'Styrkedjan-demo-2026', json: 'true' },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    const session = (await (await page.request.get(`${ssoOnly}/api/auth/session`)).json()) as Record<string, unknown>;
    expect(session).toEqual({});
    await page.goto(`${ssoOnly}/min-styrkedja`);
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-styrkedja/);
  });

  test('a person is matched on the employee number when the IdP sends one', async ({ page }) => {
    await signInAtProvider(page, ssoOnly, BY_NUMBER_LOGIN);
    await expect(page).toHaveURL(`${ssoOnly}/min-styrkedja`);
    await expect(page.getByText(`Inloggad som ${byNumber.name}`)).toBeVisible();
  });

  test('single sign-on still works', async ({ page }) => {
    await signInAtProvider(page, ssoOnly, 'enhetschef@sjovik.se');
    await expect(page).toHaveURL(`${ssoOnly}/min-styrkedja`);
    await expect(page.getByRole('heading', { level: 1, name: 'Min styrkedja' })).toBeVisible();
  });
});
