import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../lib/demo-accounts';
import { ORG_HEADER, PEOPLE_HEADER, exportFromDb, toCsv } from '../test-support/hr-csv';
import { expectNoAxeViolations, signIn } from './fixtures';

// The administrator imports the HR system's files: a dry run that lists every change and every
// bad row by line, the confirmed run, a re-import that changes nothing, and a leaver who loses
// access at once. Built from the seeded database's own register, so only the planned rows differ.
test.describe.configure({ mode: 'serial' });

const DB_PATH = process.env.DATABASE_PATH ?? 'data/e2e.db';
const db = () => new Database(DB_PATH, { fileMustExist: true });

const LEAVER = { number: 'T900001', email: 'ny.medarbetare@sjovik.se' };
let org = '';
let firstPeople = '';
let secondPeople = '';
let moved = '';

test.beforeAll(() => {
  const conn = db();
  const register = exportFromDb(conn);
  // Someone to move: not a demo account, manages nobody, in a unit no demo account works in.
  const demoEmails = new Set<string | null>(DEMO_ACCOUNTS.map((a) => a.email));
  const demoUnits = new Set(register.people.filter((r) => demoEmails.has(r[3] ?? null)).map((r) => r[4]));
  const managers = new Set(register.people.map((r) => r[5]));
  const candidates = register.people.filter((r) => !demoEmails.has(r[3] ?? null) && !managers.has(r[0]) && !demoUnits.has(r[4]) && r[5] !== null);
  const mover = candidates[0]!;
  const target = candidates.find((r) => r[4] !== mover[4])!;
  moved = mover[0]!;
  const rows = register.people.map((r): (string | null)[] => (r[0] === moved ? [r[0]!, r[1]!, r[2]!, r[3] ?? null, target[4]!, target[5] ?? null, r[6]!, null, r[8] ?? null] : r));
  const fresh: (string | null)[] = [LEAVER.number, 'Tove', 'Testsson', LEAVER.email, target[4]!, target[5]!, '2026-11-01', null, 'Lärare'];
  const bad: (string | null)[][] = [
    ['T900002', 'Bo', 'Fel', 'inte-en-adress', target[4]!, target[5]!, '2026-11-01', null, 'Lärare'],
    ['T900003', 'Cia', 'Fel', 'cia.fel@sjovik.se', 'E9999', null, '2026-11-01', null, 'Lärare'],
  ];
  org = toCsv(ORG_HEADER, register.org);
  firstPeople = toCsv(PEOPLE_HEADER, [...rows, fresh, ...bad]);
  // The second file: the new employee has left (absent), the bad rows are still there.
  secondPeople = toCsv(PEOPLE_HEADER, [...rows, ...bad]);
  conn.close();
});

const countsRow = (page: Page, label: string) => page.getByTestId('import-counts').getByRole('row', { name: new RegExp(`^${label}`) });

async function upload(page: Page, people: string) {
  await page.getByLabel('Organisationsfil (CSV)').setInputFiles({ name: 'org.csv', mimeType: 'text/csv', buffer: Buffer.from(org) });
  await page.getByLabel('Personalfil (CSV)').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(people) });
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Förhandsgranskning' })).toBeVisible();
}

test('the dry run lists the new, the moved and the bad rows by line; the real run imports exactly that', async ({ page }) => {
  await signIn(page, 'administrator');
  await page.getByRole('link', { name: 'Import från HR' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import av organisation och anställda' })).toBeVisible();
  await expectNoAxeViolations(page);

  await upload(page, firstPeople);
  await expect(countsRow(page, 'Nya')).toHaveText(/Nya\s*0\s*1$/);
  await expect(countsRow(page, 'Flyttade')).toHaveText(/Flyttade\s*0\s*1$/);
  await expect(countsRow(page, 'Avslutade')).toHaveText(/Avslutade\s*0\s*0$/);
  await expect(countsRow(page, 'Ändrade')).toHaveText(/Ändrade\s*0\s*0$/);
  await expect(page.getByText('Felaktiga rader: 2')).toBeVisible();
  const lines = firstPeople.split('\r\n').length - 1;
  const errors = page.getByRole('table', { name: /Felaktiga rader/ });
  await expect(errors.getByRole('row', { name: new RegExp(`Personal ${lines - 1} Ogiltig e-postadress: inte-en-adress`) })).toBeVisible();
  await expect(errors.getByRole('row', { name: new RegExp(`Personal ${lines} Okänd enhetskod: E9999`) })).toBeVisible();
  await expect(page.getByRole('table', { name: /Flyttade anställda/ })).toContainText(moved);
  await expect(page.getByRole('table', { name: /Nya anställda/ })).toContainText('Tove Testsson');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Genomför importen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Importen är genomförd' })).toBeVisible();
  const conn = db();
  expect(conn.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'hr_import.apply'`).get()).toEqual({ n: 1 });
  expect(conn.prepare(`SELECT count(*) AS n FROM people WHERE employee_number IN ('T900002', 'T900003')`).get()).toEqual({ n: 0 });
  conn.close();

  // The same files again: nothing to do, the bad rows are still reported.
  await upload(page, firstPeople);
  await expect(page.getByText('Filerna stämmer med det som redan finns: importen ändrar ingenting.')).toBeVisible();
  for (const label of ['Nya', 'Ändrade', 'Flyttade', 'Avslutade']) await expect(countsRow(page, label)).toHaveText(new RegExp(`${label}\\s*0\\s*0$`));
  await expect(page.getByText('Felaktiga rader: 2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Genomför importen' })).toHaveCount(0);
});

test('a leaver keeps their history, and their open session ends with the import', async ({ page, browser }) => {
  // The new employee gets an account (as single sign-on would give them) and signs in.
  const conn = db();
  const person = conn.prepare('SELECT id FROM people WHERE employee_number = ?').get(LEAVER.number) as { id: number };
  const hash = (conn.prepare(`SELECT password_hash AS h FROM accounts WHERE email = 'medarbetare@sjovik.se'`).get() as { h: string }).h;
  conn.prepare('INSERT INTO accounts (person_id, email, password_hash) VALUES (?, ?, ?)').run(person.id, LEAVER.email, hash);
  conn.close();
  const leaverContext = await browser.newContext();
  const leaver = await leaverContext.newPage();
  const signInAsLeaver = async () => {
    await leaver.goto('/logga-in');
    await leaver.getByLabel('E-postadress').fill(LEAVER.email);
    await leaver.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await leaver.getByRole('button', { name: 'Logga in' }).click();
  };
  await signInAsLeaver();
  await expect(leaver).toHaveURL(/\/min-styrkedja$/);

  await signIn(page, 'administrator');
  await page.goto('/admin/import');
  await upload(page, secondPeople);
  await expect(countsRow(page, 'Avslutade')).toHaveText(/Avslutade\s*0\s*1$/);
  await expect(countsRow(page, 'Nya')).toHaveText(/Nya\s*0\s*0$/);
  await expect(page.getByRole('table', { name: /Avslutade anställningar/ }).getByRole('row', { name: /saknas i filen T900001 Tove Testsson/ })).toBeVisible();
  await page.getByRole('button', { name: 'Genomför importen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Importen är genomförd' })).toBeVisible();

  // The open session ends at the next request, and signing in again is refused.
  await leaver.goto('/min-styrkedja');
  await expect(leaver).toHaveURL(/\/logga-in/);
  await signInAsLeaver();
  await expect(leaver.locator('#signin-error')).toHaveText(/Fel e-postadress eller lösenord/);
  await leaverContext.close();

  const after = db();
  expect(after.prepare('SELECT active FROM accounts WHERE person_id = ?').get(person.id)).toEqual({ active: 0 });
  expect(after.prepare('SELECT count(*) AS n FROM employments WHERE person_id = ? AND end_date IS NOT NULL').get(person.id)).toEqual({ n: 1 });
  after.close();
});

test('anyone but the administrator gets 404 and no link', async ({ page }) => {
  for (const key of ['employee', 'hr'] as const) {
    await signIn(page, key);
    await expect(page.getByRole('link', { name: 'Import från HR' })).toHaveCount(0);
    expect((await page.goto('/admin/import'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    await page.context().clearCookies();
  }
});
