import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, signOut } from './fixtures';
import { fillActivity, openEditablePlan } from './plan-fixtures';

// One plan's year, each step by the role that owns it: the manager changes the approved plan,
// the director returns it, the manager fixes and resubmits, the director approves.
test.describe.configure({ mode: 'serial' });

let planPath = '';
const titles = ['Högläsning varje dag i alla grupper', 'Trygghetsvandring med barnen', 'Utvecklingssamtal med fokus på språk'];

test('the manager makes a new version of the approved plan, adds three activities and submits it', async ({ page }) => {
  await signIn(page, 'unitManager');
  await page.getByRole('link', { name: 'Handlingsplaner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplaner' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Öppna planen för Furhagens förskola' }).click();
  await expect(page.getByText('Planen är godkänd och låst.')).toBeVisible();
  planPath = await openEditablePlan(page);
  await expect(page.getByRole('definition').filter({ hasText: /^2$/ })).toBeVisible();
  await expect(page.getByText('Utkast').first()).toBeVisible();
  await expectNoAxeViolations(page);

  for (const [i, title] of titles.entries()) {
    await fillActivity(page, { title, ownerIndex: i + 1, goalIndexes: [i % 2] });
    await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
    await expect(page.getByText('Aktiviteten är tillagd.')).toBeVisible();
    await expect(page.getByRole('rowheader', { name: title })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Skicka för beslut' }).click();
  await expect(page.getByText('Planen är inskickad och väntar på beslut.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lägg till aktivitet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Godkänn planen' })).toHaveCount(0);
  await signOut(page);
});

test('the director finds the plan waiting and returns it with a comment', async ({ page }) => {
  await signIn(page, 'administrationDirector');
  await page.goto('/handlingsplaner');
  await expect(page.getByText(/planer? väntar på ditt beslut/)).toBeVisible();
  await page.getByRole('link', { name: 'Öppna planen för Furhagens förskola' }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}$`));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Återremittera planen' }).click();
  await expect(page.locator('#comment-error')).toHaveText('Skriv en kommentar om vad som behöver ändras.');
  await page.getByLabel('Kommentar till enhetschefen').fill('Trygghetsvandringen behöver ett tydligare förväntat resultat.');
  await page.getByRole('button', { name: 'Återremittera planen' }).click();
  await expect(page.getByRole('heading', { name: 'Planen har återremitterats' })).toBeVisible();
  await signOut(page);
});

test('the manager reads the comment, fixes the activity and resubmits', async ({ page }) => {
  await signIn(page, 'unitManager');
  await page.goto(planPath);
  await expect(page.getByTestId('return-comment')).toHaveText('Trygghetsvandringen behöver ett tydligare förväntat resultat.');
  await page.getByRole('link', { name: `Ändra aktiviteten ${titles[1]}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ändra aktivitet' })).toBeVisible();
  await expect(page).toHaveTitle(/Ändra aktivitet/);
  await expectNoAxeViolations(page);
  await page.locator('#expectedResult').fill('Alla barn kan visa en plats där de känner sig trygga, och den följs upp på APT i maj');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}$`));
  await expect(page.getByText('Ändrade aktiviteten ”Trygghetsvandring med barnen”')).toBeVisible();
  await expect(page.getByText('Ändrat: förväntat resultat')).toBeVisible();
  await page.getByRole('button', { name: 'Skicka för beslut' }).click();
  await expect(page.getByText('Planen är inskickad och väntar på beslut.')).toBeVisible();
  await signOut(page);
});

test('the director approves; the plan is locked and both versions are listed with the trail', async ({ page }) => {
  await signIn(page, 'administrationDirector');
  await page.goto(planPath);
  await page.getByRole('button', { name: 'Godkänn planen' }).click();
  await expect(page.getByText('Planen är godkänd och låst.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Godkänn|Återremittera|Skicka/ })).toHaveCount(0);

  const versions = page.getByRole('region', { name: 'Versioner' });
  await expect(versions.getByRole('link', { name: 'Version 1' })).toBeVisible();
  await expect(versions.getByText('Version 2 (den här)')).toBeVisible();
  const trail = page.getByRole('region', { name: 'Händelser' });
  for (const text of ['Skapade en ny version', `Lade till aktiviteten ”${titles[0]}”`, 'Återremitterade planen', 'Trygghetsvandringen behöver ett tydligare förväntat resultat.', 'Godkände planen']) {
    await expect(trail.getByText(text).first()).toBeVisible();
  }
  // Version 2 was submitted twice: before and after the return.
  const submittedV2 = trail
    .getByRole('row')
    .filter({ hasText: 'Skickade planen för beslut' })
    .filter({ has: page.getByRole('cell', { name: '2', exact: true }) });
  await expect(submittedV2).toHaveCount(2);
  await signOut(page);

  await signIn(page, 'unitManager');
  await page.goto(planPath);
  await expect(page.getByRole('heading', { name: 'Lägg till aktivitet' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Ändra aktiviteten/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ändra planen (ny version)' })).toBeVisible();
  // Version 1 stays readable as it was, without the new activities.
  await page.getByRole('region', { name: 'Versioner' }).getByRole('link', { name: 'Version 1' }).click();
  await expect(page.getByText(/Det här är version 1, som har ersatts/)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: titles[0] })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ändra planen (ny version)' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
