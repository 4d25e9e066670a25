import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../lib/demo-accounts';
import { signIn } from './fixtures';
import { databasePath } from './http/facts';
import { freePort } from '../scripts/demo-http';

// `npm run backup` while the application runs, `npm run restore` into a fresh directory, and the
// application started on the restored file: the path a municipality takes after losing a server.
// A session signed in before the restore must not outlive it: the restored database cannot know
// of sign-outs and deactivations made after the backup, so the restore ends every session.
const SOURCE = databasePath();

const lastJson = (out: string) => JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
function npm(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return lastJson(r.stdout);
}
const counts = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
    return Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
};

test('a backup taken while the app runs is restored into a fresh directory, the app starts on it, and a session from before the restore is signed out', async ({ page, context }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'styrkedjan-e2e-backup-'));
  // Signed in on the running server before the backup: the backup holds this session's version.
  await signIn(page, 'employee');
  const backup = npm(['backup', '--', '--db', SOURCE, '--out', path.join(dir, 'kopior')]);
  expect(fs.statSync(String(backup.backup)).mode & 0o777).toBe(0o600);
  const target = path.join(dir, 'ny-server', 'data', 'styrkedjan.db');
  const restored = npm(['restore', '--', '--from', String(backup.backup), '--db', target]);
  expect(restored.rows).toBe(backup.rows);
  const accounts = restored.accounts as { activeInBackup: number; total: number; deactivationsKept: number };
  const active = new Database(SOURCE, { readonly: true });
  expect(accounts.activeInBackup).toBe((active.prepare('SELECT count(*) AS n FROM accounts WHERE active = 1').get() as { n: number }).n);
  active.close();
  expect(restored.disposal).toEqual({ notes: 0, entryTexts: 0 });
  expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  const db = new Database(target, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const municipalities = (db.prepare('SELECT count(*) AS n FROM municipalities').get() as { n: number }).n;
  db.close();
  const { audit_log: restoredAudit, ...restoredCounts } = counts(target);
  const { audit_log: sourceAudit, ...sourceCounts } = counts(SOURCE);
  // Nothing is written to the source after the backup, so the copy matches it table by table; the
  // restore adds its own audit rows: the restore and the disposal run per municipality.
  expect(restoredCounts).toEqual(sourceCounts);
  expect(restoredAudit).toBe(sourceAudit! + 1 + municipalities);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env: { ...process.env, DATABASE_PATH: target, NEXTAUTH_URL: base }, stdio: 'ignore', detached: true });
  try {
    await expect
      .poll(
        () =>
          fetch(`${base}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);
    // Cookies belong to the host, not the port: the browser offers the old session to the new server.
    expect((await context.cookies(base)).some((c) => c.name.includes('session-token'))).toBe(true);
    await page.goto(`${base}/min-styrkedja`);
    await expect(page).toHaveURL(new RegExp(`^${base}/logga-in`));
    await page.goto(`${base}/logga-in`);
    await page.getByLabel('E-postadress').fill('medarbetare@sjovik.se');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page).toHaveURL(`${base}/min-styrkedja`);
    await expect(page.getByRole('heading', { level: 1, name: 'Min styrkedja' })).toBeVisible();
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
