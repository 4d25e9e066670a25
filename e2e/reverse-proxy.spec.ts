import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Browser } from '@playwright/test';
import { IP_POLICY } from '../lib/auth/throttle';
import { emailOf, signIn } from './fixtures';
import { databasePath } from './http/facts';
import { inBatches, signInAttempt, tally } from './http/sign-in-attempts';
import { selfSignedCertificate, startNginx, stop, waitFor, type TestSite } from './proxy/nginx';
import { freePort } from '../scripts/demo-http';

// The deployment docs/security.md recommends: nginx ends TLS and passes requests to the app on
// loopback, which trusts exactly that one hop (STYRKEDJAN_TRUSTED_PROXY_HOPS=1) and knows from its
// https NEXTAUTH_URL that it is served over TLS. A second app server runs on a copy of the e2e
// database, so the throttling here never touches the rest of the suite.
const run = Date.now();
let site: TestSite;
let nginx: ChildProcess | undefined;
let app: ChildProcess | undefined;
let appLog = '';
let dbCopy: string;
let httpsBase: string;
const FAULTY_ACCOUNT = 'colleague';

function throttleRows() {
  const db = new Database(dbCopy, { readonly: true });
  try {
    return db.prepare('SELECT key, failures FROM sign_in_throttle').all() as { key: string; failures: number }[];
  } finally {
    db.close();
  }
}

test.describe('behind nginx with TLS', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'styrkedjan-e2e-nginx-'));
    for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, sub));
    site = { dir, appPort: await freePort(), httpPort: await freePort(), httpsPort: await freePort(), ...selfSignedCertificate(dir) };
    httpsBase = `https://127.0.0.1:${site.httpsPort}`;

    // A consistent copy of the e2e database while the suite's own server keeps using it.
    dbCopy = path.join(dir, 'styrkedjan.db');
    const source = new Database(databasePath(), { readonly: true });
    source.exec(`VACUUM INTO '${dbCopy.replaceAll("'", "''")}'`);
    source.close();
    const copy = new Database(dbCopy);
    copy.exec('DELETE FROM sign_in_throttle');
    // One account whose stored hash cannot be used: checking its password fails inside the server.
    copy.prepare('UPDATE accounts SET password_hash = ? WHERE email = ?').run('scrypt$inte-ett-tal$8$1$c2FsdA==$aGFzaA==', emailOf(FAULTY_ACCOUNT));
    copy.close();

    app = spawn('npx', ['tsx', 'server/serve.ts', '--port', String(site.appPort), '--host', '127.0.0.1', '--workers', '2'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_PATH: dbCopy, NEXTAUTH_URL: httpsBase, STYRKEDJAN_TRUSTED_PROXY_HOPS: '1', STYRKEDJAN_DEMO: '1' },
    });
    app.stdout?.on('data', (chunk: Buffer) => (appLog += chunk.toString()));
    app.stderr?.on('data', (chunk: Buffer) => (appLog += chunk.toString()));
    await waitFor(async () => (await fetch(`http://127.0.0.1:${site.appPort}/logga-in`)).ok, 120_000, 'the app server');
    nginx = await startNginx(site);
  });

  test.afterAll(async () => {
    await stop(nginx);
    await stop(app, true);
    if (site?.dir) fs.rmSync(site.dir, { recursive: true, force: true });
  });

  test('counts the real client address that nginx passes on, each client apart', async () => {
    const from = '127.0.0.21';
    const codes = await inBatches(IP_POLICY.freeFailures + 1, 6, (i) => signInAttempt(`proxy-${run}-${i}@sjovik.se`, 'fel', { base: httpsBase, from }).then((a) => a.error));
    expect(tally(codes)).toEqual({ CredentialsSignin: IP_POLICY.freeFailures + 1 });
    expect((await signInAttempt(`proxy-${run}-sist@sjovik.se`, 'fel', { base: httpsBase, from })).error).toBe('throttled');
    expect(throttleRows().find((r) => r.key === `ip:${from}`)?.failures).toBe(IP_POLICY.freeFailures + 1);
    // nginx itself (127.0.0.1 to the app) is not what was counted: another client is checked as usual.
    expect((await signInAttempt(`proxy-${run}-annan@sjovik.se`, 'fel', { base: httpsBase, from: '127.0.0.22' })).error).toBe('CredentialsSignin');
    expect(throttleRows().some((r) => r.key === 'ip:127.0.0.1')).toBe(false);
  });

  test('30 failures with 30 invented addresses in forwarding headers are throttled as one client', async () => {
    const invented = (i: number) => `198.51.100.${i + 1}`;
    const codes = await inBatches(30, 6, (i) =>
      signInAttempt(`proxy-spoof-${run}-${i}@sjovik.se`, 'fel', {
        base: httpsBase,
        from: '127.0.0.31',
        headers: { 'x-forwarded-for': `${invented(i)}, 203.0.113.${i + 1}`, 'x-real-ip': invented(i), forwarded: `for=${invented(i)}`, 'x-styrkedjan-client-address': invented(i) },
      }).then((a) => a.error),
    );
    expect(tally(codes)).toEqual({ CredentialsSignin: IP_POLICY.freeFailures + 1, throttled: 30 - IP_POLICY.freeFailures - 1 });
    const keys = throttleRows().map((r) => r.key);
    expect(keys).toContain('ip:127.0.0.31');
    expect(keys.filter((k) => k.startsWith('ip:198.51.100.') || k.startsWith('ip:203.0.113.'))).toEqual([]);
  });

  test('signs in end to end over https with a Secure session cookie and HSTS', async ({ browser }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'employee');
    const session = (await context.cookies()).find((c) => c.name === '__Secure-next-auth.session-token');
    expect(session?.secure).toBe(true);
    expect(session?.httpOnly).toBe(true);
    expect((await context.cookies()).some((c) => c.name === 'next-auth.session-token')).toBe(false);
    const answer = await page.request.get('/min-styrkedja');
    expect(answer.status()).toBe(200);
    expect(answer.headers()['strict-transport-security']).toMatch(/^max-age=31536000/);
    expect(answer.headers()['content-security-policy']).toContain("form-action 'self'");
    // So does the sign-in page itself, and next-auth's own endpoints.
    expect((await page.request.get('/api/auth/csrf')).headers()['strict-transport-security']).toMatch(/^max-age=/);
    await context.close();
  });

  test('plain http through nginx only ever redirects to https', async () => {
    const answer = await fetch(`http://127.0.0.1:${site.httpPort}/logga-in`, { redirect: 'manual' });
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toMatch(/^https:\/\/127\.0\.0\.1\/logga-in$/);
  });

  test('a fault while signing in is logged, and the person sees only a generic message', async ({ browser }) => {
    const attempt = await signInAttempt(emailOf(FAULTY_ACCOUNT), 'vilket-som-helst', { base: httpsBase, from: '127.0.0.41' });
    expect(attempt.error).toBe('unavailable');
    await expect.poll(() => appLog).toContain('Oväntat fel vid inloggning');

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/logga-in');
    await page.getByLabel('E-postadress').fill(emailOf(FAULTY_ACCOUNT));
    await page.getByLabel('Lösenord').fill('vilket-som-helst');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.locator('#signin-error')).toHaveText('Inloggningen misslyckades. Försök igen om en stund.');
    expect(page.url()).not.toMatch(/error=|scrypt|range/i);
    // A redirect carrying any text in ?error= shows the same generic message, never the text.
    await page.goto(`/logga-in?error=${encodeURIComponent('RangeError: The value of "N" is out of range')}`);
    await expect(page.locator('#signin-error')).toHaveText('Inloggningen misslyckades. Försök igen om en stund.');
    await expect(page.locator('main')).not.toContainText('out of range');
    await context.close();
  });
});

function newContext(browser: Browser) {
  // The certificate is self-signed for this run.
  return browser.newContext({ baseURL: httpsBase, ignoreHTTPSErrors: true, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
}
