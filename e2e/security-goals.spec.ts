import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './fixtures';

/** The path of the first council goal on Målkedjan, as anyone would find it. */
async function firstCouncilGoal(page: Page): Promise<string> {
  await page.goto('/mal');
  const href = await page.getByRole('article').first().getByRole('link').first().getAttribute('href');
  expect(href).toMatch(/^\/mal\/\d+$/);
  return href!;
}

test.describe('goals are read by everyone and recorded only by their owners', () => {
  for (const politician of ['boardMember', 'councilMember'] as const) {
    test(`${politician} reads Målkedjan and goal pages without any form, and cannot open the new-goal page`, async ({ page }) => {
      await signIn(page, politician);
      const goal = await firstCouncilGoal(page);
      await expect(page.getByRole('link', { name: 'Registrera ett nytt mål' })).toHaveCount(0);
      expect((await page.goto(goal))?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: 'Indikatorer' })).toBeVisible();
      await expect(page.locator('main form')).toHaveCount(0);
      for (const path of ['/mal/nytt', '/mal/nytt?niva=kf', '/mal/nytt?niva=namnd&namnd=3']) {
        expect((await page.goto(path))?.status(), path).toBe(404);
      }
      await page.goto('/planar');
      await expect(page.getByRole('button', { name: /Öppna planår|Stäng planår/ })).toHaveCount(0);
    });
  }

  test('a write posted by a politician with a real action id is refused and changes nothing', async ({ browser }) => {
    // The edit form as the server renders it, before React takes over (its action id is public, as
    // every server action's is), posted the way a browser without JavaScript would, with a new title.
    const post = async (page: Page, path: string, html: string, title: string) => {
      await page.goto(path);
      await Promise.all([
        page.waitForNavigation(),
        page.evaluate(
          ({ html, title }) => {
            const parsed = new DOMParser().parseFromString(html, 'text/html');
            const original = [...parsed.querySelectorAll('form')].find((f) => f.querySelector('[name="title"]'))!;
            const form = document.importNode(original, true);
            document.body.append(form);
            (form.querySelector('[name="title"]') as HTMLInputElement).value = title;
            form.submit();
          },
          { html, title },
        ),
      ]);
      // The post's response may still be arriving; a new navigation before it ends is aborted.
      await page.waitForLoadState('networkidle');
    };
    const admin = await browser.newPage();
    await signIn(admin, 'administrator');
    const goal = await firstCouncilGoal(admin);
    await admin.goto(goal);
    const title = await admin.getByLabel('Titel').inputValue();
    const html = await (await admin.request.get(goal)).text();
    // The same post by the administrator does change the goal, so the refusal below is the rule at work.
    await post(admin, goal, html, `${title} (kontroll)`);
    await admin.goto(goal);
    await expect(admin.getByRole('heading', { level: 1 })).toContainText(`${title} (kontroll)`);
    await post(admin, goal, html, title);
    await signOut(admin);
    await admin.close();

    const page = await browser.newPage();
    await signIn(page, 'councilMember');
    await post(page, goal, html, 'Ändrat av en ledamot');
    await page.goto(goal);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^KF \d+/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByText('Ändrat av en ledamot')).toHaveCount(0);
    await expect(page.getByText('(kontroll)')).toHaveCount(0);
    await page.close();
  });

  test('a director cannot record goals for another board, nor link to a goal of another year', async ({ page }) => {
    await signIn(page, 'administrationDirector');
    await page.goto('/mal');
    const von = await page.locator('#namnd option', { hasText: 'Vård- och omsorgsnämnden' }).getAttribute('value');
    expect((await page.goto(`/mal/nytt?niva=namnd&namnd=${von}`))?.status()).toBe(404);
    await page.goto('/mal?ar=2025&sok=KF+1');
    const oldGoalId = (await page
      .getByRole('link', { name: /^KF 1 / })
      .first()
      .getAttribute('href'))!
      .split('/')
      .pop()!;

    await page.goto('/mal/nytt');
    await page.getByRole('link', { name: 'Nytt nämndmål för Barn- och utbildningsnämnden' }).click();
    const fill = async (title: string) => {
      await page.getByLabel('Kod').fill('BUN 70');
      await page.getByLabel('Titel').fill(title);
      await page.getByLabel('Beslutsdatum').fill('2026-12-08');
      await page.getByLabel('Paragraf').fill('§ 90');
      await page.getByLabel(/^KF 1 /).check();
    };

    // A tampered form naming another board.
    await fill('Manipulerad nämnd');
    await page.locator('input[name="boardId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id!), von);
    await page.getByRole('button', { name: 'Registrera målet' }).click();
    await expect(page.getByText('Du har inte behörighet att göra detta.')).toBeVisible();

    // A tampered form linking to last year's council goal.
    await page.reload();
    await fill('Manipulerat år');
    await page.getByLabel(/^KF 1 /).evaluate((el, id) => ((el as HTMLInputElement).value = id), oldGoalId);
    await page.getByRole('button', { name: 'Registrera målet' }).click();
    await expect(page.locator('#parentIds-error')).toHaveText('Ett av de valda målen hör till ett annat år eller en annan nämnd. Välj bland målen i listan.');

    await page.goto('/mal?sok=Manipulerad');
    await expect(page.getByRole('status')).toHaveText('Inga mål matchar ”Manipulerad”.');
    await page.goto('/mal?sok=Manipulerat');
    await expect(page.getByRole('status')).toHaveText('Inga mål matchar ”Manipulerat”.');
  });

  test('a missing, malformed or foreign goal id gives 404', async ({ page }) => {
    await signIn(page, 'employee');
    for (const path of ['/mal/999999999', '/mal/0', '/mal/abc', '/mal/1.5', '/mal/-3']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  });
});
