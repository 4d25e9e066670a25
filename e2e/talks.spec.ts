import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, signOut } from './fixtures';
import { openTestDb } from './http/facts';

test.describe.serial('an appraisal talk: booked, prepared, held and confirmed', () => {
  let talkPath = '';
  const canary = `KANARIE-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const employeeCanary = `FORBEREDELSE-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

  test('the manager books a talk with the employee', async ({ page }) => {
    await signIn(page, 'employee');
    const employeeName = (await page.getByText(/^Inloggad som /).innerText()).replace('Inloggad som ', '');
    await signOut(page);

    await signIn(page, 'unitManager');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samtal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Samtal' })).toBeVisible();
    await expectNoAxeViolations(page);
    // An empty choice gets a message next to the field, and nothing is booked.
    await page.getByRole('button', { name: 'Boka samtal' }).click();
    await expect(page.locator('#employeePersonId-error')).toHaveText('Valet finns inte längre. Ladda om sidan och försök igen.');

    await page.getByRole('combobox', { name: /^Medarbetare/ }).selectOption({ label: employeeName });
    await page.getByLabel('Typ av samtal').selectOption('appraisal_talk');
    await page.getByLabel('Datum').fill('2026-12-02');
    await page.getByRole('button', { name: 'Boka samtal' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Medarbetarsamtal med ${employeeName}`);
    talkPath = new URL(page.url()).pathname;
    await expect(page.getByText('Bokat')).toBeVisible();
  });

  test('the employee prepares', async ({ page }) => {
    await signIn(page, 'employee');
    await page.goto('/samtal');
    await expect(page.locator(`a[href="${talkPath}"]`)).toHaveText(/Medarbetarsamtal 2 december 2026/);
    await page.goto(talkPath);
    await expectNoAxeViolations(page);
    const selects = page.getByRole('combobox', { name: /^Min bedömning:/ });
    const n = await selects.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await selects.nth(i).selectOption('on_track');
    await page.getByLabel('Mina anteckningar inför samtalet').fill(employeeCanary);
    await page.getByRole('button', { name: 'Spara förberedelsen' }).click();
    await expect(page.getByText('Förberett').first()).toBeVisible();
    await expect(page.getByText(employeeCanary)).toBeVisible();
  });

  test('the manager holds the talk: a missing status is refused, then it is recorded', async ({ page }) => {
    await signIn(page, 'unitManager');
    await page.goto(talkPath);
    await expect(page.getByText(employeeCanary)).toBeVisible();
    const selects = page.getByRole('combobox', { name: /^Överenskommen status:/ });
    const n = await selects.count();
    await selects.first().selectOption('');
    await page.getByLabel('Anteckningar från samtalet').fill(canary);
    await page.getByRole('button', { name: 'Spara samtalet' }).click();
    await expect(page.getByText('Välj en status för aktiviteten.')).toBeVisible();
    await expectNoAxeViolations(page);
    // Nothing was written: the notes list does not hold the text (the form keeps what was typed).
    const saved = page.getByRole('region', { name: 'Anteckningar', exact: true });
    await expect(saved).not.toContainText(canary);

    for (let i = 0; i < n; i++) await selects.nth(i).selectOption(i === 0 ? 'at_risk' : 'on_track');
    await page
      .getByRole('textbox', { name: /^Nästa steg:/ })
      .first()
      .fill('Ta upp i arbetslaget i januari.');
    await page.getByLabel('Anteckningar från samtalet').fill(canary);
    await page.getByRole('button', { name: 'Spara samtalet' }).click();
    await expect(page.getByText('Genomfört, väntar på bekräftelse').first()).toBeVisible();
    await expect(saved).toContainText(canary);
    await page.getByRole('button', { name: 'Bekräfta samtalet' }).click();
    await expect(page.getByText(/Chefen bekräftade: \d/)).toBeVisible();
  });

  test('the employee confirms, and the talk is then read-only', async ({ page }) => {
    await signIn(page, 'employee');
    await page.goto(talkPath);
    await expect(page.getByText(canary, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Bekräfta samtalet' }).click();
    await expect(page.getByText('Samtalet är bekräftat och kan inte ändras.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spara förberedelsen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Spara samtalet' })).toHaveCount(0);
  });

  test('the named HR role may read the notes, and every read is in the audit log', async ({ page }) => {
    await signIn(page, 'hr');
    expect((await page.goto(talkPath))?.status()).toBe(200);
    await expect(page.getByRole('region', { name: 'Anteckningar', exact: true })).toContainText(canary);
    // The tab names the kind of talk, not the employee.
    await expect(page).toHaveTitle('Medarbetarsamtal – Styrkedjan');
    // HR reads; only the manager records.
    await expect(page.getByRole('button', { name: 'Spara samtalet' })).toHaveCount(0);
    const db = openTestDb();
    const readers = db.prepare(`SELECT a.email, count(*) AS reads FROM audit_log l JOIN accounts a ON a.person_id = l.actor_person_id WHERE l.action = 'talk.read' AND l.object_id = ? GROUP BY a.email ORDER BY a.email`).all(Number(talkPath.split('/').pop())) as { email: string; reads: number }[];
    db.close();
    expect(readers.map((r) => r.email)).toEqual(['enhetschef@sjovik.se', 'hr@sjovik.se', 'medarbetare@sjovik.se']);
    // HR opened the talk once: the page and its title share one read, so the log has one row.
    expect(readers.find((r) => r.email === 'hr@sjovik.se')?.reads).toBe(1);
  });

  for (const outsider of ['colleague', 'otherEmployee', 'otherUnitManager', 'administrationDirector', 'municipalDirector', 'boardMember', 'councilMember', 'administrator'] as const) {
    test(`the notes never reach ${outsider}`, async ({ page }) => {
      await signIn(page, outsider);
      const response = await page.goto(talkPath);
      expect(response?.status()).toBe(404);
      const body = (await response?.text()) ?? '';
      expect(body).not.toContain(canary);
      expect(body).not.toContain(employeeCanary);
      for (const path of ['/min-styrkedja', '/samtal', '/organisation', '/mina-medarbetare', '/att-gora']) {
        const text = (await (await page.goto(path))?.text()) ?? '';
        expect(text, path).not.toContain(canary);
        expect(text, path).not.toContain(employeeCanary);
      }
    });
  }
});

test.describe.serial('a salary talk records how the contribution to the goals was assessed', () => {
  let talkPath = '';
  const assessment = `Bidraget till målen bedömdes som mycket gott (${Date.now()}).`;

  test('the manager books and records it; the assessment is required', async ({ page }) => {
    await signIn(page, 'colleague');
    const name = (await page.getByText(/^Inloggad som /).innerText()).replace('Inloggad som ', '');
    await signOut(page);
    await signIn(page, 'unitManager');
    await page.goto('/samtal');
    await page.getByRole('combobox', { name: /^Medarbetare/ }).selectOption({ label: name });
    await page.getByLabel('Typ av samtal').selectOption('salary_talk');
    await page.getByLabel('Datum').fill('2026-11-24');
    await page.getByRole('button', { name: 'Boka samtal' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lönesamtal med ${name}`);
    talkPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: 'Spara samtalet' }).click();
    await expect(page.locator('#salaryAssessment-error')).toHaveText('Skriv hur medarbetarens bidrag till målen bedömdes.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Hur medarbetarens bidrag till målen bedömdes').fill(assessment);
    await page.getByRole('button', { name: 'Spara samtalet' }).click();
    await expect(page.getByRole('region', { name: 'Anteckningar', exact: true })).toContainText(assessment);
    await page.getByRole('button', { name: 'Bekräfta samtalet' }).click();
    await expect(page.getByText(/Chefen bekräftade: \d/)).toBeVisible();
  });

  test('the employee confirms; another employee of the unit never sees it', async ({ page }) => {
    await signIn(page, 'colleague');
    await page.goto(talkPath);
    await page.getByRole('button', { name: 'Bekräfta samtalet' }).click();
    await expect(page.getByText('Samtalet är bekräftat och kan inte ändras.')).toBeVisible();
    await signOut(page);
    await signIn(page, 'employee');
    const response = await page.goto(talkPath);
    expect(response?.status()).toBe(404);
    expect(await response?.text()).not.toContain(assessment);
  });
});
