import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, signOut } from './fixtures';

test.describe.serial('a workplace meeting follows up the unit’s plan', () => {
  let meetingPath = '';
  const decision = `Beslut-${Date.now()}`;

  test('the manager records an APT: statuses, decisions, attendees and minutes', async ({ page }) => {
    await signIn(page, 'unitManager');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'APT' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Arbetsplatsträffar' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Registrera en arbetsplatsträff' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrera en arbetsplatsträff' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Nobody ticked as present: refused with a message next to the group, nothing saved.
    const attendees = page.getByRole('group', { name: 'Närvarande' }).getByRole('checkbox');
    for (let i = 0; i < (await attendees.count()); i++) await attendees.nth(i).setChecked(false);
    await page.getByRole('button', { name: 'Spara arbetsplatsträffen' }).click();
    await expect(page.locator('#attendeeIds-error')).toHaveText('Välj minst en person som var närvarande.');
    await expectNoAxeViolations(page);

    await attendees.first().setChecked(true);
    await attendees.nth(1).setChecked(true);
    const statuses = page.getByRole('combobox', { name: /^Status:/ });
    await statuses.first().selectOption('done');
    await page
      .getByRole('textbox', { name: /^Beslut och nästa steg:/ })
      .first()
      .fill(decision);
    await page.getByLabel('Minnesanteckningar').fill('Vi gick igenom handlingsplanen och arbetsmiljön.');
    await page.getByRole('button', { name: 'Spara arbetsplatsträffen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Arbetsplatsträff /);
    meetingPath = new URL(page.url()).pathname;
    await expect(page.getByRole('table')).toContainText(decision);
    await expect(page.getByRole('table')).toContainText('Genomförd');
    await expect(page.getByRole('heading', { name: 'Närvarande (2)' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the statuses appear on the unit’s plan, and talk figures only for six people or more', async ({ page }) => {
    await signIn(page, 'unitManager');
    await page.goto(meetingPath);
    const firstActivity = (await page.getByRole('table').getByRole('rowheader').first().innerText()).trim();
    await page.goto('/handlingsplaner');
    await page
      .getByRole('link', { name: /^Öppna planen för / })
      .first()
      .click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: firstActivity }) });
    await expect(row).toContainText('Genomförd');
    // Every talk figure shown stands for at least six people and adds up to them; smaller groups,
    // and activities nobody talked about, show the same reason.
    const cells = await page.getByRole('table').locator('tbody tr td:nth-child(5)').allInnerTexts();
    for (const cell of cells) {
      const people = /^(\d+) personer: (.*)$/.exec(cell.trim());
      if (people) {
        expect(Number(people[1])).toBeGreaterThanOrEqual(6);
        const parts = people[2]!.split(', ').map((p) => Number(p.split(' ')[0]));
        expect(parts.reduce((s, n) => s + n, 0)).toBe(Number(people[1]));
      } else expect(cell.trim()).toBe('Färre än 6 personer – visas inte, så att ingen kan pekas ut');
    }
  });

  test('everyone in the unit reads it', async ({ page }) => {
    await signIn(page, 'colleague');
    await page.goto('/apt');
    await expect(page.locator(`a[href="${meetingPath}"]`)).toBeVisible();
    await page.goto(meetingPath);
    await expect(page.getByRole('table')).toContainText(decision);
  });

  for (const outsider of ['otherEmployee', 'otherUnitManager', 'administrationDirector', 'boardMember'] as const) {
    test(`it stays in the unit: ${outsider} gets 404`, async ({ page }) => {
      await signIn(page, outsider);
      const response = await page.goto(meetingPath);
      expect(response?.status()).toBe(404);
      expect(await response?.text()).not.toContain(decision);
    });
  }

  test('an employee cannot record a meeting', async ({ page }) => {
    await signIn(page, 'employee');
    await page.goto('/apt');
    await expect(page.getByRole('link', { name: 'Registrera en arbetsplatsträff' })).toHaveCount(0);
    expect((await page.goto('/apt/ny'))?.status()).toBe(404);
  });
});

test('Att göra: a director sees which units are late, a manager what waits for them', async ({ page }) => {
  await signIn(page, 'administrationDirector');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att göra' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeVisible();
  const late = page.getByRole('region', { name: /Enheter som är sena med månadens uppföljning/ });
  await expect(late.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  await signIn(page, 'unitManager');
  await page.goto('/att-gora');
  await expect(page.getByRole('region', { name: 'Mina medarbetare' })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  await signIn(page, 'councilMember');
  await page.goto('/att-gora');
  await expect(page.getByText('Inget att göra här just nu.')).toBeVisible();
  await expectNoAxeViolations(page);
});
