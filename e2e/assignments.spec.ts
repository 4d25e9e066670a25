import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, signOut } from './fixtures';

async function openOwnAssignment(page: Page) {
  await page.getByRole('link', { name: 'Öppna hela uppdragsbeskrivningen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Uppdragsbeskrivning 20\d\d$/);
}

const activityBoxes = (page: Page) => page.getByRole('group', { name: 'Aktiviteter jag bidrar till' }).getByRole('checkbox');

test.describe.serial('an assignment is written by the employee and agreed by the manager', () => {
  const text = `Jag leder läsprojektet i min grupp och följer upp det varje månad (${Date.now()}).`;
  let assignmentPath = '';
  let chosen: string[] = [];

  test('the employee rewrites the assignment and links it to two activities', async ({ page }) => {
    await signIn(page, 'employee');
    await openOwnAssignment(page);
    assignmentPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);

    const boxes = activityBoxes(page);
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) await boxes.nth(i).setChecked(i < 2);
    chosen = [(await boxes.nth(0).locator('xpath=following-sibling::label').innerText()).trim(), (await boxes.nth(1).locator('xpath=following-sibling::label').innerText()).trim()];
    await page.getByLabel('Mitt uppdrag').fill(text);
    await page.getByLabel(`Mitt bidrag till ${chosen[0]}`).fill('Jag håller i arbetsgruppen.');
    await page.getByRole('button', { name: 'Spara uppdragsbeskrivningen' }).click();

    await expect(page.getByText(text).first()).toBeVisible();
    // Any change needs both confirmations again.
    await expect(page.getByText('Utkast').first()).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText('Jag håller i arbetsgruppen.');

    await page.getByRole('button', { name: 'Bekräfta mitt uppdrag' }).click();
    await expect(page.getByText('Du har bekräftat uppdraget. Din chef kan nu godkänna det.')).toBeVisible();
  });

  test('the manager sees it waiting and agrees', async ({ page }) => {
    await signIn(page, 'unitManager');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina medarbetare' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mina medarbetare' })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByRole('table')).toContainText('Väntar på ditt godkännande');
    await page.goto(assignmentPath);
    // The manager agrees; only the employee edits the text.
    await expect(page.getByRole('button', { name: 'Spara uppdragsbeskrivningen' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Godkänn uppdraget' }).click();
    // Wait for the answer before reloading: a reload while the form is still sending cancels it.
    // (The form itself goes away once the assignment is agreed, and its message with it.)
    await expect(page.getByText('Chefen bekräftade')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Godkänn uppdraget' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('Överenskommet').first()).toBeVisible();
    await expect(page.getByText('Chefen bekräftade')).toBeVisible();
  });

  test('the employee’s Min styrkedja shows the new chain', async ({ page }) => {
    await signIn(page, 'employee');
    const plan = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Enhetens handlingsplan/ }) });
    await expect(plan.getByRole('article')).toHaveCount(2);
    for (const title of chosen) await expect(plan).toContainText(title);
    const mine = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mitt uppdrag' }) });
    await expect(mine).toContainText(text);
    await expect(mine).toContainText('Överenskommet');
  });

  test('bad input gets a message next to each field and saves nothing', async ({ page }) => {
    await signIn(page, 'employee');
    await page.goto(assignmentPath);
    const boxes = activityBoxes(page);
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).setChecked(false);
    await page.getByLabel('Mitt uppdrag').fill('För kort');
    await page.getByRole('button', { name: 'Spara uppdragsbeskrivningen' }).click();
    await expect(page.locator('#description-error')).toHaveText('Skriv minst 20 tecken om ditt uppdrag.');
    await expect(page.locator('#activityIds-error')).toHaveText('Välj minst en aktivitet som du bidrar till.');
    await expect(page.getByLabel('Mitt uppdrag')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    // A tampered form naming an activity of another unit's plan is refused too.
    await page.getByLabel('Mitt uppdrag').fill(`${text} Ändrat.`);
    await boxes.first().evaluate((box: HTMLInputElement) => {
      box.value = '999999999';
      box.checked = true;
    });
    await page.getByRole('button', { name: 'Spara uppdragsbeskrivningen' }).click();
    await expect(page.locator('#activityIds-error')).toHaveText(/finns inte i din enhets handlingsplan/);

    await page.goto(assignmentPath);
    await expect(page.getByText(text).first()).toBeVisible();
    await expect(page.getByText('Överenskommet').first()).toBeVisible();
  });

  test('a second save from a stale page is told the assignment changed', async ({ page, context }) => {
    // The colleague's own assignment, so the agreed one above stays as it is.
    await signIn(page, 'colleague');
    await openOwnAssignment(page);
    const colleaguePath = new URL(page.url()).pathname;
    const other = await context.newPage();
    await other.goto(colleaguePath);
    await page.getByLabel('Mitt uppdrag').fill(`${text} Första fliken.`);
    await page.getByRole('button', { name: 'Spara uppdragsbeskrivningen' }).click();
    await expect(page.getByText(`${text} Första fliken.`).first()).toBeVisible();
    await other.getByLabel('Mitt uppdrag').fill(`${text} Andra fliken.`);
    await other.getByRole('button', { name: 'Spara uppdragsbeskrivningen' }).click();
    await expect(other.locator('#form-message')).toContainText('Någon annan har ändrat detta');
    await page.reload();
    await expect(page.getByText(`${text} Första fliken.`).first()).toBeVisible();
    await expect(page.getByText('Andra fliken.')).toHaveCount(0);
  });

  test('a manager of another unit gets 404 and sees none of these employees', async ({ page }) => {
    await signIn(page, 'otherUnitManager');
    expect((await page.goto(assignmentPath))?.status()).toBe(404);
    await page.goto('/mina-medarbetare');
    await expect(page.getByRole('table')).not.toContainText('Väntar på ditt godkännande för');
    const names = await page.getByRole('table').getByRole('rowheader').allInnerTexts();
    await signOut(page);
    await signIn(page, 'unitManager');
    await page.goto('/mina-medarbetare');
    const mine = await page.getByRole('table').getByRole('rowheader').allInnerTexts();
    expect(names.filter((n) => mine.includes(n))).toEqual([]);
  });
});

test('a politician has no assignment to write', async ({ page }) => {
  await signIn(page, 'councilMember');
  await expect(page.getByRole('link', { name: 'Skriv din uppdragsbeskrivning' })).toHaveCount(0);
  await page.goto('/uppdrag/mitt');
  await expect(page.getByText('Du har ingen pågående anställning')).toBeVisible();
  await expectNoAxeViolations(page);
});
