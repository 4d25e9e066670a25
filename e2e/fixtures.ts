import AxeBuilder from '@axe-core/playwright';
import type Database from 'better-sqlite3';
import { expect, type Cookie, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from '../lib/demo-accounts';

export const emailOf = (key: DemoAccountKey) => DEMO_ACCOUNTS.find((a) => a.key === key)!.email;

/**
 * The session cookies of each account this worker has signed in, reused by the next test that
 * signs in as the same person: a password check is a full scrypt and most tests only need to be
 * someone. A session that has ended since (sign-out, a changed password, a deactivated account)
 * sends the browser to the sign-in page, and the form is used as the first time.
 */
const sessions = new Map<DemoAccountKey, Cookie[]>();

export async function signIn(page: Page, key: DemoAccountKey) {
  const saved = sessions.get(key);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto('/min-styrkedja');
    if (/\/min-styrkedja$/.test(page.url())) {
      await expect(page.getByRole('heading', { level: 1, name: 'Min styrkedja' })).toBeVisible();
      return;
    }
    await page.context().clearCookies();
  }
  await signInWithPassword(page, key);
  sessions.set(key, await page.context().cookies());
}

/** The sign-in form itself, always: for the tests of signing in and out. */
export async function signInWithPassword(page: Page, key: DemoAccountKey) {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(emailOf(key));
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  // A password check is a full scrypt, and a freshly started server renders its first page cold.
  await expect(page).toHaveURL(/\/min-styrkedja$/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Min styrkedja' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in/);
}

/** WCAG 2.1 A and AA, as the issue and the law (DOS-lagen) ask. */
export async function expectNoAxeViolations(page: Page) {
  // A dynamic page streams its <title> after the body: scan the page once it has arrived.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Every confidential talk note's text in the database, for pages that must show none of them. */
export function talkNoteTexts(db: Database.Database): string[] {
  return (db.prepare(`SELECT DISTINCT body FROM confidential_notes`).all() as { body: string }[]).map((r) => r.body);
}

/** The page shows no talk note: aggregates and reports are built without them. */
export async function expectNoTalkNotes(page: Page, notes: string[]) {
  const html = await page.content();
  expect(notes.length).toBeGreaterThan(0);
  for (const body of notes) expect(html).not.toContain(body);
}
