import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../lib/demo-accounts';
import { emailOf, expectNoAxeViolations, signIn } from './fixtures';
import { signInOverHttp } from './http/session';

// Swedish is the default; a person may switch to English, and the choice is remembered in a
// cookie for a year, across pages and across signing out and in again.
const DB = process.env.DATABASE_PATH ?? 'data/e2e.db';

function municipalityCode() {
  const conn = new Database(DB, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('SELECT scb_code AS code FROM municipalities ORDER BY id LIMIT 1').get() as { code: string }).code;
  } finally {
    conn.close();
  }
}

test.describe('choosing the language', () => {
  test('a signed-in person switches to English, keeps it across pages and sign-in, and switches back', async ({ page, context }) => {
    await signIn(page, 'employee');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My line of sight' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await expect(nav.getByRole('link', { name: 'Talks' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Organisation' })).toBeVisible();
    await expect(page.getByText(/^Signed in as /)).toBeVisible();
    await expectNoAxeViolations(page);

    // The cookie: a year, Lax, readable only by the server.
    const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');
    expect(cookie?.value).toBe('en');
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);

    // Another page, reached through the navigation.
    await nav.getByRole('link', { name: 'Organisation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "The municipality's organisation" })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');

    // Signing out keeps the choice: the sign-in page and the next session are in English too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/logga-in/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await page.getByLabel('Email address').fill(emailOf('employee'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/min-styrkedja$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My line of sight' })).toBeVisible();

    // And back to Swedish.
    await page.getByRole('banner').getByRole('button', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Min styrkedja' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samtal' })).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('sv');
  });

  test('in English, the dashboard names its months in English and the meeting and talk pages are titled in English', async ({ page, context, baseURL }) => {
    await signIn(page, 'unitManager');
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }]);

    await page.goto('/resultat/kf');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    // The trend's table behind its toggle: every month named as an English reader writes it.
    const english = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m, 15))));
    const chart = page.getByRole('img', { name: /^Bar chart of the share of activities by status and month/ }).first();
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`Latest month, (${english.join('|')}):`));
    await page.getByText('Show the chart as a table').first().click();
    const months = await page.locator('figure table tbody th[scope="row"]').allInnerTexts();
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(english).toContain(month.trim());
    await expectNoAxeViolations(page);

    await page.goto('/apt');
    await page.locator('a[href^="/apt/"]:not([href^="/apt/ny"])').first().click();
    await expect(page).toHaveURL(/\/apt\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Workplace meeting \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(page).toHaveTitle(/^Workplace meeting \d{1,2} [A-Z][a-z]+ \d{4} – Styrkedjan$/);

    await page.goto('/samtal');
    await page.locator('a[href^="/samtal/"]').first().click();
    await expect(page).toHaveURL(/\/samtal\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^(Appraisal|Salary) talk with /);
    await expect(page).toHaveTitle(/^(Appraisal|Salary) talk – Styrkedjan$/);
  });

  test('the sign-in page offers English before signing in, with English errors and demo roles', async ({ page }) => {
    await page.goto('/logga-in');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    const demo = page.getByRole('region', { name: 'Demo accounts' });
    await expect(demo.getByRole('button', { name: 'Fill in the sign-in details for Unit manager (enhetschef)', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.locator('#email-error')).toHaveText('Enter your email address.');
    await expectNoAxeViolations(page);
  });

  test('the public results page can be read in English', async ({ page }) => {
    await page.goto(`/kommun/${municipalityCode()}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Open data' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expectNoAxeViolations(page);
  });

  test('an unknown language in the cookie falls back to Swedish', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'de', url: baseURL! }]);
    await page.goto('/logga-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  });

  test('readers of both languages served at the same moment each get every part of a page in their own', async () => {
    // The header and the status badges are plain components: they read the language the request's
    // page has read (lib/i18n/shared.ts), so a language kept for longer than its request would show here.
    const swedish = await signInOverHttp('boardMember');
    const english = await signInOverHttp('boardMember');
    english.cookie += '; NEXT_LOCALE=en';
    const texts = {
      sv: { skip: 'Hoppa till innehållet', badges: ['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt'] },
      en: { skip: 'Skip to content', badges: ['Fulfilled', 'Partly fulfilled', 'Not fulfilled'] },
    };
    const readers = Array.from({ length: 12 }, (_, i): 'sv' | 'en' => (i % 2 ? 'en' : 'sv'));
    const pages = await Promise.all(readers.map((language) => (language === 'en' ? english : swedish).get('/resultat/kf')));
    pages.forEach((page, i) => {
      const own = texts[readers[i]!];
      const other = texts[readers[i] === 'en' ? 'sv' : 'en'];
      expect(page.status).toBe(200);
      expect(page.body).toContain(own.skip);
      expect(page.body).not.toContain(other.skip);
      expect(own.badges.some((label) => page.body.includes(`</span>${label}<`))).toBe(true);
      for (const label of other.badges) expect(page.body).not.toContain(`</span>${label}<`);
    });
  });
});
