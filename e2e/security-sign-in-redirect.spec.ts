import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../lib/demo-accounts';
import { emailOf } from './fixtures';

/**
 * After sign-in the browser returns only to a path on this site. Each variant below is one a
 * browser would read as another host once it drops tabs and newlines or reads a backslash as a
 * slash; the sign-in must land on the site's own start page instead.
 */
const VARIANTS = ['/\t/example.org', '/\n/example.org', '/\r\n//example.org', '//example.org', '/\\example.org', '\\\\example.org', '/.//example.org', 'https://example.org/', '%2F%2Fexample.org', 'javascript:alert(document.domain)'];

test.describe('the return address after sign-in', () => {
  for (const variant of VARIANTS) {
    test(`stays on this site for ${JSON.stringify(variant)}`, async ({ page, baseURL }) => {
      const site = new URL(baseURL!).origin;
      const visited: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) visited.push(frame.url());
      });
      await page.goto(`/logga-in?callbackUrl=${encodeURIComponent(variant)}`);
      await page.getByLabel('E-postadress').fill(emailOf('employee'));
      await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await expect(page).not.toHaveURL(/\/logga-in/);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).origin).toBe(site);
      expect(visited.filter((u) => u !== 'about:blank' && new URL(u).origin !== site)).toEqual([]);
    });
  }

  test('a path on this site is kept, query included', async ({ page }) => {
    await page.goto(`/logga-in?callbackUrl=${encodeURIComponent('/mal?sok=trygg')}`);
    await page.getByLabel('E-postadress').fill(emailOf('employee'));
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page).toHaveURL(/\/mal\?sok=trygg$/);
  });
});
