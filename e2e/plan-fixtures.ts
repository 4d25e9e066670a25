import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './fixtures';
import { openTestDb } from './http/facts';
import type { DemoAccountKey } from '../lib/demo-accounts';

/**
 * Read-only look into the test database, to prove that a refused form wrote nothing and to find
 * ids a tampered form would send. The app itself is only ever driven through the browser.
 */
export function readDb<T>(sql: string, ...args: unknown[]): T {
  const db = openTestDb();
  try {
    return db.prepare(sql).get(...args) as T;
  } finally {
    db.close();
  }
}

export const planWrites = () => readDb<{ n: number }>(`SELECT (SELECT count(*) FROM activities) + (SELECT count(*) FROM plan_events) + (SELECT count(*) FROM audit_log WHERE action LIKE 'plan.%') AS n`).n;

/** The manager's own unit plan, as a new draft version if the current one is approved. Returns its path. */
export async function openEditablePlan(page: Page): Promise<string> {
  await page.goto('/handlingsplaner');
  await page.getByRole('link', { name: 'Öppna planen för Furhagens förskola' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handlingsplan 2026 – Furhagens förskola');
  const newVersion = page.getByRole('button', { name: 'Ändra planen (ny version)' });
  if (await newVersion.isVisible()) {
    const before = page.url();
    await newVersion.click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(page.getByRole('heading', { name: 'Lägg till aktivitet' })).toBeVisible();
  return new URL(page.url()).pathname;
}

export interface ActivityInput {
  title: string;
  ownerIndex?: number;
  startDate?: string;
  endDate?: string;
  expectedResult?: string;
  goalIndexes?: number[];
}

/** Fills the activity form on the page (there is one at a time) and saves it. */
export async function fillActivity(page: Page, a: ActivityInput) {
  await page.locator('#title').fill(a.title);
  if (a.ownerIndex !== undefined) await page.locator('#ownerPersonId').selectOption({ index: a.ownerIndex });
  await page.locator('#startDate').fill(a.startDate ?? '2026-03-01');
  await page.locator('#endDate').fill(a.endDate ?? '2026-06-30');
  await page.locator('#expectedResult').fill(a.expectedResult ?? 'Fler barn läser varje dag');
  for (const i of a.goalIndexes ?? []) await page.locator('input[name="goalIds[]"]').nth(i).check();
}

/**
 * A second browser context signed in as `key`. Its session cookie can be copied into a page that
 * shows a form the account itself never gets, to post that form as the account.
 */
export async function sessionOf(browser: Browser, key: DemoAccountKey) {
  const { baseURL, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const page = await context.newPage();
  await signIn(page, key);
  const cookies = await context.cookies();
  return { cookies, close: () => context.close() };
}
