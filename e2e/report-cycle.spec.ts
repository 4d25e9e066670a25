import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoTalkNotes, signIn, talkNoteTexts } from './fixtures';
import { openTestDb } from './http/facts';

// The report cycle of one board for the year's annual report, in the order the municipality works:
// the unit, the administration, the board's decision, then KS's compilation to the council.

function facts() {
  const conn = openTestDb();
  try {
    const period = conn.prepare(`SELECT p.id, p.name FROM follow_up_periods p JOIN plan_years y ON y.id = p.plan_year_id WHERE y.status = 'open' AND y.municipality_id = 1 AND p.kind = 'annual'`).get() as { id: number; name: string };
    const unit = (name: string) => conn.prepare(`SELECT id FROM org_units WHERE name = ? AND municipality_id = 1`).get(name) as { id: number };
    const notes = talkNoteTexts(conn);
    return { period, bun: unit('Barn- och utbildningsnämnden').id, von: unit('Vård- och omsorgsnämnden').id, kf: unit('Kommunfullmäktige').id, notes };
  } finally {
    conn.close();
  }
}

function reportRow(periodId: number, bodyId: number) {
  const conn = openTestDb();
  try {
    return conn.prepare(`SELECT status, snapshot FROM reports WHERE period_id = ? AND org_unit_id = ?`).get(periodId, bodyId) as { status: string; snapshot: string | null } | undefined;
  } finally {
    conn.close();
  }
}

/** Fills and saves every assessment form whose fulfilment field's name starts with `level`. */
async function assessAll(page: Page, level: string, fulfilment: string, analysis: string) {
  const name = new RegExp(`^${level} – `);
  const forms = page.locator('form').filter({ has: page.getByRole('combobox', { name }) });
  const count = await forms.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    await form.getByRole('combobox', { name }).selectOption(fulfilment);
    await form.getByRole('textbox', { name: /^Analys – / }).fill(analysis);
    await form.getByRole('button', { name: /^Spara bedömningen av / }).click();
    await expect(form.getByText('Bedömningen är sparad.')).toBeVisible();
  }
  return count;
}

test.describe.serial('the twice-yearly report: units write, the director submits, the board approves, KS compiles', () => {
  // Each step signs in several people and scans whole reports with axe: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  const f = facts();
  const bunPath = `/resultat/rapporter/period/${f.period.id}/${f.bun}`;
  const vonPath = `/resultat/rapporter/period/${f.period.id}/${f.von}`;
  const compiledPath = `/resultat/rapporter/period/${f.period.id}/${f.kf}`;
  const unitAnalysis = `Enhetens analys ${Date.now()}`;
  let frozenText = '';

  test('the unit manager finds the report from the results and writes the unit’s assessment', async ({ page }) => {
    await signIn(page, 'unitManager');
    await page.goto('/resultat');
    await page.getByRole('link', { name: /^Delårsrapporter och årsredovisningar/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Delårsrapport och årsredovisning' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: f.period.name })).toBeVisible();
    await expectNoAxeViolations(page);
    // Only the board whose goals the unit's plan serves is open to the manager before approval.
    await expect(page.getByRole('link', { name: 'Vård- och omsorgsnämnden', exact: true })).toHaveCount(0);
    await page.getByRole('link', { name: 'Barn- och utbildningsnämnden', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${bunPath}$`));
    await expect(page.getByRole('heading', { level: 2, name: /^Enhetens bedömning: / })).toBeVisible();
    // The report itself is not the manager's to read before approval: only the unit's part.
    await expect(page.getByRole('heading', { name: 'Förslag till nämndens bedömning per nämndmål' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lämna rapporten' })).toHaveCount(0);

    // Nothing chosen: each field says what is missing, next to it.
    const first = page
      .locator('form')
      .filter({ has: page.getByRole('combobox', { name: /^Enhetens bedömning – / }) })
      .first();
    await first.getByRole('button', { name: /^Spara bedömningen av / }).click();
    await expect(first.getByText('Välj en bedömning: uppfyllt, delvis uppfyllt eller ej uppfyllt.')).toBeVisible();
    await expect(first.getByText('Skriv en analys.')).toBeVisible();
    await expect(first.getByRole('combobox', { name: /^Enhetens bedömning – / })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await assessAll(page, 'Enhetens bedömning', 'partly_fulfilled', unitAnalysis);
    await expectNoAxeViolations(page);
  });

  test('others cannot read a draft report, and a politician cannot write in it', async ({ page }) => {
    await signIn(page, 'councilMember');
    expect((await page.goto(bunPath))?.status()).toBe(404);
    expect((await page.goto(compiledPath))?.status()).toBe(404);
    await signIn(page, 'otherEmployee');
    expect((await page.goto(bunPath))?.status()).toBe(404);
    await signIn(page, 'unitManager');
    expect((await page.goto(vonPath))?.status()).toBe(404);
    // A board member reads the board's draft, with nothing to write, submit or approve.
    await signIn(page, 'boardMember');
    await page.goto(bunPath);
    await expect(page.getByRole('heading', { level: 2, name: 'Förslag till nämndens bedömning per nämndmål' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Spara bedömningen av / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lämna rapporten' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Godkänn och frys rapporten' })).toHaveCount(0);
    await expect(page.getByText(unitAnalysis).first()).toBeVisible();
    await expectNoTalkNotes(page, f.notes);
  });

  test('the director sees the units’ assessments, writes the administration’s and the board’s, submits, returns and submits again', async ({ page }) => {
    await signIn(page, 'administrationDirector');
    await page.goto(bunPath);
    await expect(page.getByText(unitAnalysis).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Så räknas förslaget' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Submitting before the board's goals are assessed is refused.
    await page.getByRole('button', { name: 'Lämna rapporten' }).click();
    await expect(page.getByText('Alla mål måste ha en bedömning innan rapporten lämnas.')).toBeVisible();

    await assessAll(page, 'Förvaltningens bedömning', 'partly_fulfilled', 'Förvaltningen ser en tydlig förbättring men når inte hela vägen.');
    await assessAll(page, 'Nämndens bedömning', 'fulfilled', 'Nämndens mål bedöms som uppfyllda för året.');
    await page.getByRole('button', { name: 'Lämna rapporten' }).click();
    await expect(page.locator('#report-status')).toContainText('Inskickad');
    await expect(page.getByRole('button', { name: /^Spara bedömningen av / })).toHaveCount(0);

    // Taken back before the decision, with a comment that is required.
    await page.getByRole('button', { name: 'Ta tillbaka till utkast' }).click();
    await expect(page.getByText('Skriv varför rapporten tas tillbaka.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Varför tas rapporten tillbaka?').fill('Analysen av BUN 1 kompletteras.');
    await page.getByRole('button', { name: 'Ta tillbaka till utkast' }).click();
    await expect(page.locator('#report-status')).toContainText('Utkast');
    await expect(page.getByText('Rapporten har tagits tillbaka till utkast: Analysen av BUN 1 kompletteras.')).toBeVisible();
    await page.getByRole('button', { name: 'Lämna rapporten' }).click();
    await expect(page.locator('#report-status')).toContainText('Inskickad');
    expect(reportRow(f.period.id, f.bun)?.status).toBe('submitted');
  });

  test('the director and a board member cannot approve; the board’s secretary records the decision and the report is frozen', async ({ page }) => {
    for (const who of ['administrationDirector', 'boardMember'] as const) {
      await signIn(page, who);
      await page.goto(bunPath);
      await expect(page.getByRole('heading', { name: 'Registrera beslutet' })).toHaveCount(0);
    }
    expect(reportRow(f.period.id, f.bun)?.status).toBe('submitted');

    await signIn(page, 'boardSecretary');
    await page.goto(bunPath);
    await expect(page.getByRole('heading', { level: 2, name: 'Registrera beslutet' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Paragraf').fill('87');
    await page.getByRole('button', { name: 'Godkänn och frys rapporten' }).click();
    await expect(page.locator('#paragraph-error')).toHaveText('Skriv paragrafen som § och ett nummer, till exempel § 87.');
    expect(reportRow(f.period.id, f.bun)?.status).toBe('submitted');
    await page.getByLabel('Paragraf').fill('§ 87');
    await page.getByRole('button', { name: 'Godkänn och frys rapporten' }).click();
    await expect(page.locator('#report-status')).toContainText('Godkänd');
    await expect(page.getByText(/Godkänd av Barn- och utbildningsnämnden \d{4}-\d{2}-\d{2}, § 87: Årsredovisning 2026/)).toBeVisible();
    await expect(page.getByText(/Rapporten är godkänd och fryst\./)).toBeVisible();
    const live = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Jämfört med nuläget' }) });
    await expect(live.getByText('Inga skillnader.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Jämfört med föregående rapport' })).toBeVisible();
    await expectNoAxeViolations(page);
    const row = reportRow(f.period.id, f.bun)!;
    expect(row.status).toBe('approved');
    expect(JSON.parse(row.snapshot!).decision.paragraph).toBe('§ 87');
    frozenText = await page
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Rapporten', exact: true }) })
      .innerText();
    expect(frozenText).toContain('Nämndens mål bedöms som uppfyllda för året.');
  });

  test('a later workplace meeting changes the live figures, not the approved report', async ({ page }) => {
    const stored = reportRow(f.period.id, f.bun)!.snapshot;
    await signIn(page, 'unitManager');
    await page.goto('/apt/ny');
    await expect(page.getByRole('heading', { level: 1, name: 'Registrera en arbetsplatsträff' })).toBeVisible();
    const statuses = page.getByRole('combobox', { name: /^Status:/ });
    for (let i = 0; i < (await statuses.count()); i++) await statuses.nth(i).selectOption('done');
    await page.getByLabel('Minnesanteckningar').fill('Årets aktiviteter är genomförda.');
    await page.getByRole('button', { name: 'Spara arbetsplatsträffen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Arbetsplatsträff /);

    expect(reportRow(f.period.id, f.bun)!.snapshot).toBe(stored);
    await signIn(page, 'councilMember');
    await page.goto(bunPath);
    const frozen = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Rapporten', exact: true }) });
    expect(await frozen.innerText()).toBe(frozenText);
    const live = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Jämfört med nuläget' }) });
    await expect(live.getByText('Inga skillnader.')).toHaveCount(0);
    await expect(live.getByText(/^Aktiviteter genomförda \d+ → \d+/).first()).toBeVisible();
    await expectNoTalkNotes(page, f.notes);
    await expectNoAxeViolations(page);
  });

  test('KS compiles: the kommundirektör assesses the council goals with the boards’ approved reports and submits; the administrator approves', async ({ page }) => {
    await signIn(page, 'municipalDirector');
    await page.goto(`/resultat/rapporter?period=${f.period.id}`);
    await page.getByRole('link', { name: 'Öppna sammanställningen till kommunfullmäktige' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Sammanställning till kommunfullmäktige: ${f.period.name}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Barn- och utbildningsnämndens bidrag' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await assessAll(page, 'Kommunstyrelsens bedömning', 'partly_fulfilled', 'Kommunen är på väg men når inte alla mål i år.');
    await page.getByRole('button', { name: 'Lämna rapporten' }).click();
    await expect(page.locator('#report-status')).toContainText('Inskickad');

    await signIn(page, 'boardSecretary');
    await page.goto(compiledPath);
    await expect(page.getByRole('heading', { name: 'Registrera beslutet' })).toHaveCount(0);

    await signIn(page, 'administrator');
    await page.goto(compiledPath);
    await page.getByLabel('Paragraf').fill('§ 12');
    await page.getByRole('button', { name: 'Godkänn och frys rapporten' }).click();
    await expect(page.locator('#report-status')).toContainText('Godkänd');
    await expect(page.getByText(/Godkänd av Kommunstyrelsen .*, § 12/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the council reads the approved reports in the index and never a talk note', async ({ page }) => {
    await signIn(page, 'councilMember');
    await page.goto('/resultat/rapporter');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Barn- och utbildningsnämnden', exact: true }) });
    await expect(row).toContainText('Godkänd');
    await expect(row).toContainText('§ 87');
    await expectNoTalkNotes(page, f.notes);
    await page.getByRole('link', { name: 'Öppna sammanställningen till kommunfullmäktige' }).click();
    await expect(page.getByText(/Rapporten är godkänd och fryst\./)).toBeVisible();
    await expect(page.getByText('Kommunen är på väg men når inte alla mål i år.').first()).toBeVisible();
    await expectNoTalkNotes(page, f.notes);
  });
});
