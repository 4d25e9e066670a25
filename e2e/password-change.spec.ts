import { expect, test } from '@playwright/test';
import { emailOf, expectNoAxeViolations, signIn } from './fixtures';
import { DEMO_PASSWORD } from '../lib/demo-accounts';

/**
 * Changing one's own password: per-field Swedish errors for a short, common, personal or
 * mismatched password and a wrong current one; a good one ends every session and works at the next
 * sign-in. The account gets its demo password back at the end (the policy allows it).
 */
const NEW_PASSWORD = 'tre gröna älgar vid Sjövik';

async function fill(page: import('@playwright/test').Page, current: string, next: string, repeat = next) {
  await page.getByLabel('Nuvarande lösenord').fill(current);
  await page.getByLabel('Nytt lösenord').fill(next);
  await page.getByLabel('Upprepa det nya lösenordet').fill(repeat);
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
}

test('a signed-in person changes their password; the rules are explained field by field', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'hr');
  await page.getByRole('link', { name: 'Byt lösenord' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeVisible();
  await expectNoAxeViolations(page);

  await fill(page, DEMO_PASSWORD, 'kort');
  await expect(page.getByLabel('Nytt lösenord')).toHaveAccessibleDescription(/Lösenordet måste ha minst 8 tecken/);
  await expectNoAxeViolations(page);
  await fill(page, DEMO_PASSWORD, 'password123');
  await expect(page.locator('#newPassword-error')).toHaveText(/för vanligt/);
  await fill(page, DEMO_PASSWORD, 'hr@sjovik.se');
  await expect(page.locator('#newPassword-error')).toHaveText(/e-postadress eller ditt namn/);
  await fill(page, DEMO_PASSWORD, NEW_PASSWORD, `${NEW_PASSWORD}!`);
  await expect(page.locator('#repeatPassword-error')).toHaveText(/stämmer inte överens/);
  await fill(page, 'fel-lösenord-helt', NEW_PASSWORD);
  await expect(page.locator('#currentPassword-error')).toHaveText(/nuvarande lösenordet stämmer inte/);
  // Nothing typed is ever written back into the page.
  expect(await page.content()).not.toContain(NEW_PASSWORD);

  await fill(page, DEMO_PASSWORD, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/logga-in/);
  // The old session is over; the old password no longer works, the new one does.
  await page.goto('/min-styrkedja');
  await expect(page).toHaveURL(/\/logga-in/);
  await page.getByLabel('E-postadress').fill(emailOf('hr'));
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText(/Fel e-postadress eller lösenord/)).toBeVisible();
  await page.getByLabel('Lösenord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/min-styrkedja$/);

  // Back to the demo password for the specs that follow.
  await page.goto('/konto/losenord');
  await fill(page, NEW_PASSWORD, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/logga-in/);
  await signIn(page, 'hr');
});
