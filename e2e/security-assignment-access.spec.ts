import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './fixtures';
import type { DemoAccountKey } from '../lib/demo-accounts';

/** The id of an account's own assignment, read the way the person would find it. */
async function ownAssignmentPath(page: Page, key: DemoAccountKey): Promise<string> {
  await signIn(page, key);
  const href = await page.getByRole('link', { name: 'Öppna hela uppdragsbeskrivningen' }).getAttribute('href');
  await signOut(page);
  expect(href).toMatch(/^\/uppdrag\/\d+$/);
  return href!;
}

test.describe('an assignment description is read by the employee and their manager only', () => {
  let employeePath: string;

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    employeePath = await ownAssignmentPath(page, 'employee');
    await page.close();
  });

  for (const outsider of ['otherEmployee', 'colleague', 'administrationDirector', 'municipalDirector', 'boardMember', 'councilMember', 'administrator'] as const) {
    test(`${outsider} gets 404 for another employee's assignment`, async ({ page }) => {
      await signIn(page, outsider);
      const response = await page.goto(employeePath);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
      await expect(page.getByText('Uppdragsbeskrivning')).toHaveCount(0);
    });
  }

  test('the employee and their manager can read it', async ({ page }) => {
    await signIn(page, 'employee');
    expect((await page.goto(employeePath))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Uppdragsbeskrivning/);
    await signOut(page);
    await signIn(page, 'unitManager');
    expect((await page.goto(employeePath))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Uppdragsbeskrivning/);
  });

  test('a missing or malformed id gets the same 404', async ({ page }) => {
    await signIn(page, 'employee');
    for (const path of ['/uppdrag/999999999', '/uppdrag/0', '/uppdrag/abc', '/uppdrag/1.5', '/uppdrag/-3']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });

  test('signed out, the page is not shown at all', async ({ page }) => {
    await page.goto(employeePath);
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=/);
  });
});
