import { expect, test } from '@playwright/test';
import { signIn } from './fixtures';

test('the org chart shows both organisations, each board with its administration, and opens on demand', async ({ page }) => {
  await signIn(page, 'councilMember');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunens organisation' })).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Politisk organisation' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Kommunfullmäktige/ })).toBeVisible();
  // Each board is paired with the administration that serves it.
  const pair = page.getByRole('region', { name: 'Barn- och utbildningsnämnden ⇄ Barn- och utbildningsförvaltningen' });
  await expect(pair).toContainText('Förvaltning: Barn- och utbildningsförvaltningen');
  await expect(pair).toContainText('Nämnd: Barn- och utbildningsnämnden');
  await expect(page.getByRole('region', { name: 'Kommunstyrelsen ⇄ Kommunledningskontoret' })).toContainText('Kommundirektör');

  // Political cards are green, administrative blue (and labelled, not only coloured).
  const boardCard = pair.locator('[id^="enhet-"]').first();
  await expect(boardCard).toHaveClass(/border-political-600/);
  await expect(pair.locator('[id^="enhet-"]').nth(1)).toHaveClass(/border-administrative-600/);

  // Collapsed below administration level until asked for.
  await expect(page.getByText('Grundskoleavdelningen')).toHaveCount(0);
  await pair.getByRole('link', { name: 'Visa underenheter till Barn- och utbildningsförvaltningen' }).click();
  await expect(page.getByRole('heading', { name: 'Grundskoleavdelningen' })).toBeVisible();
  await page.getByRole('link', { name: 'Visa underenheter till Grundskoleavdelningen' }).click();
  await expect(page.getByRole('heading', { name: /skolan$/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dölj underenheter till Grundskoleavdelningen' })).toHaveAttribute('aria-expanded', 'true');

  await page.getByRole('link', { name: 'Dölj underenheter till Barn- och utbildningsförvaltningen' }).click();
  await expect(page.getByText('Grundskoleavdelningen')).toHaveCount(0);
});

test('ids in the address that are not numbers are ignored, not an error', async ({ page }) => {
  await signIn(page, 'employee');
  const response = await page.goto("/organisation?visa=abc,-1,99999999,1'%20OR%201=1");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunens organisation' })).toBeVisible();
});
