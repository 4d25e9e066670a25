import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures';
import { openTestDb } from './http/facts';

const settingsRow = () => {
  const conn = openTestDb();
  try {
    return conn.prepare('SELECT activity_weight AS a, indicator_weight AS i, fulfilled_from AS f, partly_from AS p FROM rollup_settings').get() as { a: number; i: number; f: number; p: number } | undefined;
  } finally {
    conn.close();
  }
};
const openProposals = () => {
  const conn = openTestDb();
  try {
    return conn.prepare(`SELECT r.proposed, count(*) AS n FROM goal_rollups r JOIN goals g ON g.id = r.goal_id JOIN plan_years y ON y.id = g.plan_year_id WHERE y.status = 'open' AND y.municipality_id = 1 GROUP BY r.proposed ORDER BY r.proposed`).all();
  } finally {
    conn.close();
  }
};

test.describe('the rule behind the proposals', () => {
  test('the municipal office changes it, bad figures are explained next to the field, and the proposals follow', async ({ page }) => {
    await signIn(page, 'administrator');
    await page.goto('/resultat/regler');
    await expect(page.getByRole('heading', { level: 1, name: 'Regeln för förslag till måluppfyllelse' })).toBeVisible();
    await expect(page.getByLabel('Aktiviteternas vikt')).toHaveValue('0,6');
    await expectNoAxeViolations(page);

    // Bad input: every message beside its own field, nothing saved.
    await page.getByLabel('Aktiviteternas vikt').fill('-2');
    await page.getByLabel('Indikatorernas vikt').fill('mycket');
    await page.getByLabel(/^Uppfyllt från/).fill('0,5');
    await page.getByLabel('Delvis uppfyllt från').fill('0,6');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(page.getByLabel('Aktiviteternas vikt')).toHaveAccessibleDescription('Skriv en vikt mellan 0 och 10.');
    await expect(page.getByLabel('Indikatorernas vikt')).toHaveAccessibleDescription(/Skriv ett tal/);
    await expect(page.getByLabel('Indikatorernas vikt')).toHaveValue('mycket');
    await expectNoAxeViolations(page);
    // With each figure right on its own, the thresholds must still be in order.
    await page.getByLabel('Aktiviteternas vikt').fill('0,6');
    await page.getByLabel('Indikatorernas vikt').fill('0,4');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(page.getByLabel('Delvis uppfyllt från')).toHaveAccessibleDescription('Delvis uppfyllt måste börja under gränsen för uppfyllt.');
    await expect(page.getByLabel('Aktiviteternas vikt')).not.toHaveAttribute('aria-invalid', 'true');
    expect(settingsRow()).toBeUndefined();

    // A strict rule: every open proposal is worked out again at once.
    const before = openProposals();
    await page.getByLabel('Aktiviteternas vikt').fill('1');
    await page.getByLabel('Indikatorernas vikt').fill('0');
    await page.getByLabel(/^Uppfyllt från/).fill('0,99');
    await page.getByLabel('Delvis uppfyllt från').fill('0,98');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(page.getByText(/Regeln är sparad\. \d+ förslag ändrades\./)).toBeVisible();
    expect(settingsRow()).toEqual({ a: 1, i: 0, f: 0.99, p: 0.98 });
    expect(openProposals()).not.toEqual(before);
    await expect(page.getByText('Uppfyllt från 0,99, delvis uppfyllt från 0,98, annars ej uppfyllt.')).toBeVisible();

    // The board's dashboard explains its proposals with the new rule and links to it.
    await page.goto('/resultat');
    await page.getByRole('link', { name: 'Barn- och utbildningsnämnden' }).click();
    await expect(page.getByText('Uppfyllt från 0,99, delvis uppfyllt från 0,98, annars ej uppfyllt.')).toBeVisible();
    await page.getByRole('link', { name: 'Om regeln för förslagen' }).click();
    await expect(page).toHaveURL(/\/resultat\/regler$/);

    // Back to the documented default, as the other pages' checks expect.
    await page.getByLabel('Aktiviteternas vikt').fill('0,6');
    await page.getByLabel('Indikatorernas vikt').fill('0,4');
    await page.getByLabel(/^Uppfyllt från/).fill('0,75');
    await page.getByLabel('Delvis uppfyllt från').fill('0,45');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(page.getByText(/Regeln är sparad\./)).toBeVisible();
    expect(openProposals()).toEqual(before);
  });

  for (const who of ['employee', 'unitManager', 'administrationDirector', 'boardMember'] as const) {
    test(`${who} reads the rule but is offered no form`, async ({ page }) => {
      await signIn(page, who);
      await page.goto('/resultat/regler');
      await expect(page.getByText('Uppfyllt från 0,75, delvis uppfyllt från 0,45, annars ej uppfyllt.')).toBeVisible();
      await expect(page.getByText('Bara kommunledningskontoret (administratör eller kommundirektör) kan ändra regeln.')).toBeVisible();
      await expect(page.getByLabel('Aktiviteternas vikt')).toHaveCount(0);
      if (who === 'employee') await expectNoAxeViolations(page);
    });
  }
});
