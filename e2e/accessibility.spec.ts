import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures';

test.describe('every page passes axe (WCAG 2.1 AA)', () => {
  test('sign-in page, also with errors shown', async ({ page }) => {
    await page.goto('/logga-in');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.locator('#email-error')).not.toBeEmpty();
    await expectNoAxeViolations(page);
  });

  test('pages of a signed-in employee', async ({ page }) => {
    await signIn(page, 'employee');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Öppna hela uppdragsbeskrivningen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Uppdragsbeskrivning/);
    await expectNoAxeViolations(page);
    await page.goto('/organisation');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Visa underenheter till Vård- och omsorgsförvaltningen' }).click();
    await page.getByRole('link', { name: 'Visa underenheter till Hemtjänsten' }).click();
    await expect(page.getByRole('heading', { name: /^Hemtjänst / }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/uppdrag/999999999');
    await expectNoAxeViolations(page);
  });

  test('a politician’s line of sight, on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, 'boardMember');
    await expectNoAxeViolations(page);
    // Nothing wider than the screen: no sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the keyboard alone reaches the skip link and the main navigation', async ({ page }) => {
    await signIn(page, 'employee');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
    // Every link of the main navigation is reached in order with Tab.
    const links = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
    await page.keyboard.press('Tab'); // the product name, a link to the start page
    for (let i = 0; i < (await links.count()); i++) {
      await page.keyboard.press('Tab');
      await expect(links.nth(i)).toBeFocused();
    }
  });
});
