import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures';

// Kolada is a stand-in on a loopback port serving recorded answers (playwright.config.ts); the
// app's own client fetches from it over HTTP.
test.describe.configure({ mode: 'serial' });

const GOAL = /Barn och unga har goda förutsättningar att lyckas/;
// scripts/e2e.sh picks the stand-in's port; the test steers its answers over HTTP.
const KOLADA_CONTROL = `http://127.0.0.1:${process.env.KOLADA_FIXTURE_PORT ?? 3199}/__fixture/answers`;

async function openKoladaGoal(page: Page) {
  await page.goto('/mal');
  await page.getByRole('link', { name: GOAL }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: GOAL })).toBeVisible();
}

test('only the administrator is offered the Kolada page; others get 404', async ({ page }) => {
  await signIn(page, 'municipalDirector');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kolada' })).toHaveCount(0);
  expect((await page.goto('/kolada'))?.status()).toBe(404);
});

test('a non-administrator cannot start a fetch, even with the form of an administrator in front of them', async ({ page, browser }) => {
  // The administrator's page is loaded, then the session under it is swapped for a director's:
  // the button's server action runs as the director and is refused.
  await signIn(page, 'administrator');
  await page.goto('/kolada');
  const director = await browser.newContext();
  const other = await director.newPage();
  await signIn(other, 'municipalDirector');
  const cookies = await director.cookies();
  await director.close();
  await page.context().clearCookies();
  await page.context().addCookies(cookies);
  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saknar du behörighet' })).toBeVisible();
});

test('the administrator fetches from Kolada and sees what was stored', async ({ page }) => {
  await signIn(page, 'administrator');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kolada' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jämförelser från Kolada' })).toBeVisible();
  await expect(page.getByText('0682, 0685, 0687, 0684')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
  await expect(page.getByRole('status')).toContainText('Hämtningen från Kolada är klar');
  await expect(page.getByRole('status')).toContainText('32 värden sparade');
  await expectNoAxeViolations(page);
  await page.reload();
  const row = page.getByRole('row', { name: /N15419/ });
  await expect(row).toContainText('32');
  await expect(row).toContainText('2024');
  await expect(page.getByText(/: lyckades$/)).toBeVisible();
});

test('the goal page compares the municipality with the country and its comparison group', async ({ page }) => {
  await signIn(page, 'employee');
  await openKoladaGoal(page);
  await expect(page.getByRole('heading', { name: 'Jämförelse i Kolada, nyckeltal N15419' })).toBeVisible();
  // The chart is a picture of the table, summarised for screen readers.
  await expect(page.getByRole('img', { name: /Linjediagram över nyckeltal N15419/ })).toBeVisible();
  await expect(page.locator('.recharts-line')).toHaveCount(3);
  const table = page.getByRole('table', { name: /nyckeltal N15419/ });
  await expect(table.getByRole('columnheader')).toHaveText(['År', 'Kommunen', 'Riket', 'Jämförelsegrupp, medel', 'Jämförelsegrupp, median']);
  // 2024: Eksjö 83.2, the country 85.1, the group 84.0, 81.9 and 86.2 with one missing.
  await expect(table.getByRole('row', { name: /^2024/ }).getByRole('cell')).toHaveText(['83,2 %', '85,1 %', '84 %', '84 %']);
  // 2021: no figure for the municipality nor the group.
  await expect(table.getByRole('row', { name: /^2021/ }).getByRole('cell')).toHaveText(['Saknas', '83,6 %', 'Saknas', 'Saknas']);
  await expect(page.getByText(/Källa: Kolada \(RKA\), nyckeltal N15419\. Hämtat \d+ \w+ \d{4}\./)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('when Kolada answers with an error the administrator is told so and the fetched values stay', async ({ page, request }) => {
  await request.put(`${KOLADA_CONTROL}/N15419`, { data: { status: 500 } });
  try {
    await signIn(page, 'administrator');
    await page.goto('/kolada');
    await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
    await expect(page.getByRole('status')).toContainText('Kolada svarade med ett fel (HTTP 500) för nyckeltalet N15419');
    await expect(page.getByRole('status')).toContainText('De värden som redan var hämtade finns kvar.');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByText(/: misslyckades$/)).toBeVisible();
    await expect(page.getByRole('row', { name: /N15419/ })).toContainText('32');

    await openKoladaGoal(page);
    const table = page.getByRole('table', { name: /nyckeltal N15419/ });
    await expect(table.getByRole('row', { name: /^2024/ }).getByRole('cell')).toHaveText(['83,2 %', '85,1 %', '84 %', '84 %']);
  } finally {
    await request.delete(KOLADA_CONTROL);
  }
});
