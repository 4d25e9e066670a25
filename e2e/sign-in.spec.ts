import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../lib/demo-accounts';
import { emailOf, signInWithPassword, signOut } from './fixtures';

test.describe('signing in', () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.roleLabel} can sign in and out`, async ({ page }) => {
      await signInWithPassword(page, account.key);
      await expect(page.getByText(/^Inloggad som /)).toBeVisible();
      await signOut(page);
      // The session is gone: a protected page sends us back to sign in.
      await page.goto('/min-styrkedja');
      await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-styrkedja/);
    });
  }

  test('the sign-in page lists the demo accounts in demo mode', async ({ page }) => {
    await page.goto('/logga-in');
    const demo = page.getByRole('region', { name: 'Demokonton' });
    await expect(demo).toContainText(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) await expect(demo).toContainText(a.email);
    await demo.getByRole('button', { name: 'Fyll i inloggningen för Enhetschef', exact: true }).click();
    await expect(page.getByLabel('E-postadress')).toHaveValue(emailOf('unitManager'));
  });

  test('a wrong password gets a clear Swedish message', async ({ page }) => {
    await page.goto('/logga-in');
    await page.getByLabel('E-postadress').fill(emailOf('colleague'));
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.locator('#signin-error')).toHaveText('Fel e-postadress eller lösenord. Kontrollera uppgifterna och försök igen.');
    await expect(page).toHaveURL(/\/logga-in/);
  });

  test('empty and malformed fields get a message next to the field', async ({ page }) => {
    await page.goto('/logga-in');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByLabel('E-postadress')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#email-error')).toHaveText('Fyll i din e-postadress.');
    await expect(page.locator('#password-error')).toHaveText('Fyll i ditt lösenord.');
    await page.getByLabel('E-postadress').fill('anna');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.locator('#email-error')).toHaveText('Skriv e-postadressen som namn@kommun.se.');
  });

  test('repeated failures are slowed down', async ({ page }) => {
    const email = `gissning-${Date.now()}@sjovik.se`;
    await page.goto('/logga-in');
    // Next's route announcer is an alert too: read the form's own message area.
    const alert = page.locator('#signin-error');
    // Three mistakes are free; the fourth starts a wait, and the next try is refused unchecked.
    for (let i = 0; i < 4; i++) {
      await page.getByLabel('E-postadress').fill(email);
      await page.getByLabel('Lösenord').fill(`fel-${i}`);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await expect(alert).toHaveText(/Fel e-postadress eller lösenord/);
      await page.reload();
    }
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill('fel-igen');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(alert).toHaveText('För många misslyckade inloggningsförsök. Vänta en stund och försök igen.');
  });

  test('signing out ends the session token too, not only the cookie', async ({ page, context }) => {
    await signInWithPassword(page, 'councilMember');
    const cookies = await context.cookies();
    await signOut(page);
    // Replaying the old cookie must not get back in: the session version was raised.
    await context.addCookies(cookies);
    await page.goto('/min-styrkedja');
    await expect(page).toHaveURL(/\/logga-in/);
  });
});
