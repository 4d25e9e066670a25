import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures';
import { fillActivity, openEditablePlan, planWrites, readDb, sessionOf } from './plan-fixtures';

// Plans are public documents: everyone reads them, only the unit's manager writes and only a
// director above decides. Every refusal is checked on the server, with nothing written.
test.describe.configure({ mode: 'serial' });

let planPath = '';
const FORBIDDEN = 'Du har inte behörighet att göra detta.';

test('bad input is explained next to each field and nothing is saved', async ({ page }) => {
  await signIn(page, 'unitManager');
  planPath = await openEditablePlan(page);
  const before = planWrites();

  await fillActivity(page, { title: '  ', startDate: '2026-05-01', endDate: '2026-04-01', goalIndexes: [] });
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await expect(page.locator('#title-error')).toHaveText('Fältet måste fyllas i.');
  await expect(page.locator('#endDate-error')).toHaveText('Slutdatumet kan inte vara före startdatumet.');
  await expect(page.locator('#goalIds-error')).toHaveText('Välj minst ett mål som aktiviteten bidrar till.');
  await expect(page.locator('#ownerPersonId-error')).toHaveText('Välj vem som ansvarar för aktiviteten.');
  await expect(page.locator('#title')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // A tampered form: a goal of another administration in place of one of the unit's own.
  const foreign = readDb<{ id: number }>(`SELECT g.id FROM goals g JOIN org_units o ON o.id = g.owner_unit_id JOIN plan_years y ON y.id = g.plan_year_id WHERE o.name = 'Vård- och omsorgsförvaltningen' AND o.municipality_id = 1 AND y.status = 'open' LIMIT 1`).id;
  await fillActivity(page, { title: 'Manipulerat mål', ownerIndex: 1, goalIndexes: [] });
  await page
    .locator('input[name="goalIds[]"]')
    .first()
    .evaluate((el, id) => {
      (el as HTMLInputElement).value = String(id);
      (el as HTMLInputElement).checked = true;
    }, foreign);
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await expect(page.locator('#goalIds-error')).toHaveText('Aktiviteter kan bara kopplas till förvaltningens och nämndens egna mål.');

  // A rejected form keeps what was typed and chosen.
  await fillActivity(page, { title: '', ownerIndex: 1, goalIndexes: [1] });
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await expect(page.locator('#title-error')).toHaveText('Fältet måste fyllas i.');
  await expect(page.locator('input[name="goalIds[]"]').nth(1)).toBeChecked();
  await expect(page.locator('#expectedResult')).toHaveValue('Fler barn läser varje dag');
  expect(planWrites()).toBe(before);
});

test('of two open pages that both save, the second is told the plan changed and writes nothing', async ({ page, context }) => {
  await signIn(page, 'unitManager');
  await page.goto(planPath);
  const second = await context.newPage();
  await second.goto(planPath);

  await fillActivity(page, { title: 'Sparad från första fliken', ownerIndex: 1, goalIndexes: [0] });
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await expect(page.getByText('Aktiviteten är tillagd.')).toBeVisible();

  const before = planWrites();
  await fillActivity(second, { title: 'Sparad från andra fliken', ownerIndex: 1, goalIndexes: [0] });
  await second.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await expect(second.getByText(/Någon annan har ändrat detta medan du arbetade/)).toBeVisible();
  expect(planWrites()).toBe(before);
  await second.reload();
  await expect(second.getByRole('rowheader', { name: 'Sparad från första fliken' })).toBeVisible();
  await expect(second.getByRole('rowheader', { name: 'Sparad från andra fliken' })).toHaveCount(0);

  // The saved one can be removed again; the removal stays in the trail.
  await second.getByRole('link', { name: 'Ändra aktiviteten Sparad från första fliken' }).click();
  await second.getByRole('button', { name: 'Ta bort aktiviteten' }).click();
  await expect(second).toHaveURL(new RegExp(`${planPath}$`));
  await expect(second.getByRole('rowheader', { name: 'Sparad från första fliken' })).toHaveCount(0);
  await expect(second.getByText('Tog bort aktiviteten ”Sparad från första fliken”')).toBeVisible();
});

for (const reader of ['employee', 'boardMember'] as const) {
  test(`${reader} reads the plan without any control, and a posted edit form is refused`, async ({ page, browser }) => {
    const outsider = await sessionOf(browser, reader);
    await signIn(page, 'unitManager');
    await page.goto(planPath);
    // The manager's form, posted with the reader's session.
    await page.context().addCookies(outsider.cookies);
    const before = planWrites();
    await fillActivity(page, { title: `Försök av ${reader}`, ownerIndex: 1, goalIndexes: [0] });
    await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
    await expect(page.getByText(FORBIDDEN)).toBeVisible();
    expect(planWrites()).toBe(before);

    // What the reader sees: the plan and its trail, no forms.
    expect((await page.goto(planPath))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handlingsplan 2026 – Furhagens förskola');
    await expect(page.getByRole('heading', { name: 'Aktiviteter' })).toBeVisible();
    // Nothing to press in the page itself (the header's language and sign-out buttons aside).
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Ändra aktiviteten/ })).toHaveCount(0);
    await outsider.close();
  });
}

test('the employee finds the unit’s plan from the list', async ({ page }) => {
  await signIn(page, 'employee');
  await page.goto('/handlingsplaner');
  await expect(page.getByRole('heading', { name: 'Din enhets handlingsplan' })).toBeVisible();
  await page.getByRole('link', { name: 'Öppna planen för Furhagens förskola' }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}$`));
});

test('a manager gets 404 for editing another unit’s plan, and a form aimed at it is refused', async ({ page }) => {
  const other = readDb<{ planId: number; revision: number; activityId: number }>(
    `SELECT p.id AS planId, p.revision, a.id AS activityId FROM action_plans p JOIN activities a ON a.plan_id = p.id JOIN org_units u ON u.id = p.unit_id JOIN plan_years y ON y.id = p.plan_year_id
     WHERE u.name <> 'Furhagens förskola' AND u.municipality_id = 1 AND p.is_current = 1 AND y.status = 'open' AND p.status IN ('draft', 'returned') LIMIT 1`,
  );
  await signIn(page, 'unitManager');
  expect((await page.goto(`/handlingsplaner/${other.planId}/aktiviteter/${other.activityId}`))?.status()).toBe(404);
  expect((await page.goto(`/handlingsplaner/${other.planId}`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Lägg till aktivitet' })).toHaveCount(0);

  await page.goto(planPath);
  const before = planWrites();
  await fillActivity(page, { title: 'Fel enhet', ownerIndex: 1, goalIndexes: [0] });
  await page
    .locator('input[name="planId"]')
    .first()
    .evaluate((el, id) => ((el as HTMLInputElement).value = String(id)), other.planId);
  await page
    .locator('input[name="revision"]')
    .first()
    .evaluate((el, r) => ((el as HTMLInputElement).value = String(r)), other.revision);
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await expect(page.getByText(FORBIDDEN)).toBeVisible();
  expect(planWrites()).toBe(before);
  for (const path of ['/handlingsplaner/999999999', '/handlingsplaner/abc', `${planPath}/aktiviteter/999999999`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

/** The director's approval form, posted with someone else's session: refused, nothing written, still submitted. */
async function expectDirectorsApprovalRefusedAs(browser: Browser, cookies: Awaited<ReturnType<BrowserContext['cookies']>>) {
  const director = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const directorPage = await director.newPage();
  await signIn(directorPage, 'administrationDirector');
  await directorPage.goto(planPath);
  await director.addCookies(cookies);
  const before = planWrites();
  await directorPage.getByRole('button', { name: 'Godkänn planen' }).click();
  await expect(directorPage.getByText(FORBIDDEN)).toBeVisible();
  expect(planWrites()).toBe(before);
  expect(readDb<{ status: string }>(`SELECT status FROM action_plans WHERE id = ?`, Number(planPath.split('/').pop())).status).toBe('submitted');
  await director.close();
}

test('a manager cannot approve their own plan: no control, and the director’s form posted as the manager is refused', async ({ page, browser }) => {
  await signIn(page, 'unitManager');
  await page.goto(planPath);
  await page.getByRole('button', { name: 'Skicka för beslut' }).click();
  await expect(page.getByText('Planen är inskickad och väntar på beslut.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Godkänn planen' })).toHaveCount(0);
  const manager = { cookies: await page.context().cookies() };

  await expectDirectorsApprovalRefusedAs(browser, manager.cookies);
});

test('the kommundirektör decides no plan inside an administration: no control, and the director’s form posted as them is refused', async ({ page, browser }) => {
  // The plan was submitted by the test above; it belongs to Barn- och utbildningsförvaltningen.
  const kd = await sessionOf(browser, 'municipalDirector');
  await signIn(page, 'municipalDirector');
  await page.goto(planPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handlingsplan 2026 – Furhagens förskola');
  await expect(page.getByRole('button', { name: 'Godkänn planen' })).toHaveCount(0);
  await page.goto('/handlingsplaner');
  await expect(page.getByRole('link', { name: 'Öppna planen för Furhagens förskola' })).toHaveCount(0);

  await expectDirectorsApprovalRefusedAs(browser, kd.cookies);
  await kd.close();
});
