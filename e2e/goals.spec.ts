import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, signOut } from './fixtures';

// One story, in order: KF's goal is recorded, the board breaks it down, everyone reads it, the year rolls over.
test.describe.configure({ mode: 'serial' });

const COUNCIL = { code: 'KF 6', title: 'Fler invånare läser varje vecka' };
const BOARD = { code: 'BUN 6', title: 'Fler elever läser på fritiden' };
let councilPath = '';
let boardPath = '';

const fieldError = (page: Page, name: string) => page.locator(`#${name}-error`);

test('the municipal office records a council goal with its decision and an indicator', async ({ page }) => {
  await signIn(page, 'administrator');
  await page.goto('/mal');
  await page.getByRole('link', { name: 'Registrera ett nytt mål' }).click();
  await page.getByRole('link', { name: 'Nytt mål för kommunfullmäktige' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt mål för kommunfullmäktige' })).toBeVisible();

  // Empty title and no decision: messages next to the fields, nothing saved.
  await page.getByLabel('Kod').fill(COUNCIL.code);
  await page.getByRole('button', { name: 'Registrera målet' }).click();
  await expect(fieldError(page, 'title')).toHaveText('Fältet måste fyllas i.');
  await expect(fieldError(page, 'decidedOn')).toHaveText('Fältet måste fyllas i.');
  await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('Titel').fill(COUNCIL.title);
  await page.getByLabel('Beslutsdatum').fill('2026-11-16');
  await page.getByLabel('Paragraf').fill('12');
  await page.getByRole('button', { name: 'Registrera målet' }).click();
  await expect(page).toHaveURL(/\/mal\/\d+\?sparat=1$/);
  councilPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${COUNCIL.code} ${COUNCIL.title}`);
  await expect(page.getByText('Kommunfullmäktige 16 november 2026, § 12')).toBeVisible();

  // A non-numeric target and a malformed Kolada id are refused field by field.
  await page.getByLabel('Indikatorns namn').fill('Andel invånare som läser varje vecka');
  await page.getByLabel('Enhet', { exact: false }).first().fill('%');
  await page.getByLabel('Utgångsvärde').fill('41,5');
  await page.getByLabel('Målvärde').fill('nittio');
  await page.getByLabel('Källa').fill('Medborgarundersökningen');
  await page.getByLabel('Kolada-id').fill('KPI-1');
  await page.getByRole('button', { name: 'Lägg till indikatorn' }).click();
  await expect(fieldError(page, 'target')).toHaveText('Skriv ett tal, till exempel 12 eller 12,5.');
  await expect(fieldError(page, 'koladaKpiId')).toContainText('en bokstav och fem siffror');
  await expect(page.getByText('Målet har inga indikatorer.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Målvärde').fill('55');
  await page.getByLabel('Kolada-id').fill('N15419');
  await page.getByRole('button', { name: 'Lägg till indikatorn' }).click();
  await expect(page).toHaveURL(/sparat=1/);
  await expect(page.getByRole('heading', { level: 3, name: 'Andel invånare som läser varje vecka' })).toBeVisible();
  await expect(page.getByText(/Utgångsvärde 41,5 % \(2025\), målvärde 55 %, ska öka.*Kolada N15419/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The vision form refuses an empty vision and a half-filled ledord, and keeps the old wording.
  await page.goto('/mal');
  const vision = await page.getByRole('region', { name: 'Vision' }).locator('p').first().innerText();
  await page.getByRole('link', { name: 'Ändra vision och ledord' }).click();
  await page.locator('#statement').fill('');
  await page.locator('#value-name-ny').fill('Mod');
  await page.getByRole('button', { name: 'Spara vision och ledord' }).click();
  await expect(fieldError(page, 'statement')).toHaveText('Fältet måste fyllas i.');
  await expect(page.locator('#valueNames-error')).toHaveText('Varje ledord behöver både ett namn och en beskrivning.');
  await expectNoAxeViolations(page);
  await page.goto('/mal');
  await expect(page.getByRole('region', { name: 'Vision' }).locator('p').first()).toHaveText(vision);
  await signOut(page);
});

test('the director of Barn- och utbildningsförvaltningen records a board goal that contributes to it', async ({ page }) => {
  await signIn(page, 'administrationDirector');
  await page.goto('/mal/nytt');
  await expect(page.getByRole('link', { name: 'Nytt mål för kommunfullmäktige' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Nytt nämndmål/ })).toHaveCount(1);
  await page.getByRole('link', { name: 'Nytt nämndmål för Barn- och utbildningsnämnden' }).click();

  await page.getByLabel('Kod').fill(BOARD.code);
  await page.getByLabel('Titel').fill(BOARD.title);
  await page.getByLabel('Beslutsdatum').fill('2026-12-08');
  await page.getByLabel('Paragraf').fill('§ 88');
  await page.getByRole('button', { name: 'Registrera målet' }).click();
  await expect(fieldError(page, 'parentIds')).toHaveText('Välj minst ett mål som målet bidrar till.');
  await expectNoAxeViolations(page);

  await page.getByLabel(`${COUNCIL.code} ${COUNCIL.title}`).check();
  await page.getByLabel('KF 1 Barn och unga har goda förutsättningar att lyckas').check();
  await page.getByRole('button', { name: 'Registrera målet' }).click();
  await expect(page).toHaveURL(/\/mal\/\d+\?sparat=1$/);
  boardPath = new URL(page.url()).pathname;
  await expect(page.getByText('Barn- och utbildningsnämnden 8 december 2026, § 88')).toBeVisible();
  const up = page.getByRole('region', { name: 'Bidrar till' });
  await expect(up.getByRole('link', { name: `${COUNCIL.code} ${COUNCIL.title}` })).toBeVisible();
  await expect(up.getByRole('link')).toHaveCount(2);
  await signOut(page);
});

test('both goals appear in Målkedjan, searchable, and on each other’s pages, for a politician too', async ({ page }) => {
  await signIn(page, 'boardMember');
  await page.goto('/mal');
  await page.getByLabel('Sök mål').fill('LÄSER');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByRole('status')).toHaveText('2 mål matchar ”LÄSER”.');
  await expect(page.getByRole('heading', { name: `${COUNCIL.code} ${COUNCIL.title}` })).toBeVisible();
  // The board goal serves two council goals, so it is shown under both.
  await expect(page.getByRole('heading', { name: `${BOARD.code} ${BOARD.title}` })).toHaveCount(2);
  await expectNoAxeViolations(page);

  // Opening and closing works level by level.
  await page.goto('/mal');
  await expect(page.getByRole('heading', { name: `${BOARD.code} ${BOARD.title}` })).toHaveCount(0);
  await page.getByRole('link', { name: `Öppna ${COUNCIL.code}` }).click();
  await expect(page.getByRole('heading', { name: `${BOARD.code} ${BOARD.title}` })).toHaveCount(1);
  await page.getByRole('link', { name: 'Öppna KF 1' }).click();
  await page.getByRole('link', { name: /^Öppna BUN 1/ }).click();
  await page.getByRole('link', { name: /^Öppna BUF 1/ }).click();
  await expect(page.getByText(/aktiviteter? kopplade? direkt till målet/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(councilPath);
  await expect(page.getByRole('region', { name: 'Mål som bidrar hit' }).getByRole('link', { name: `${BOARD.code} ${BOARD.title}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ändra målet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Spara|Lägg till|Registrera/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await signOut(page);
});

test('the administrator opens next year with carry-over, leaving this year’s goals as they were, and closes it again', async ({ page }) => {
  await signIn(page, 'administrator');
  await page.goto('/planar');
  await expectNoAxeViolations(page);
  await page.getByLabel(/Enheternas handlingsplaner/).check();
  await page.getByRole('button', { name: 'Öppna planår 2027' }).click();
  await expect(page.getByText('Planåret är öppnat.')).toBeVisible();
  const row2027 = page.getByRole('row', { name: /^2027/ });
  await expect(row2027).toContainText('Öppet');
  await expect(row2027.getByRole('cell').nth(2)).not.toHaveText('0');

  await page.goto('/mal?ar=2027&sok=KF+6');
  const carried = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `${COUNCIL.code} ${COUNCIL.title}` }) });
  await expect(carried.getByText('Utkast')).toBeVisible();
  await carried.getByRole('link', { name: `${COUNCIL.code} ${COUNCIL.title}` }).click();
  await expect(page.getByText('Planår 2027')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Andel invånare som läser varje vecka' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Målet året innan' })).toHaveAttribute('href', councilPath);

  // The old goal keeps its status, decision and links.
  await page.goto(councilPath);
  await expect(page.getByText('Planår 2026')).toBeVisible();
  await expect(page.getByText('Antaget').first()).toBeVisible();
  await expect(page.getByText('Kommunfullmäktige 16 november 2026, § 12')).toBeVisible();
  await page.goto(boardPath);
  await expect(page.getByRole('region', { name: 'Bidrar till' }).getByRole('link', { name: `${COUNCIL.code} ${COUNCIL.title}` })).toHaveAttribute('href', councilPath);

  // Closing 2027 leaves 2026 the current year for everyone else.
  await page.goto('/planar');
  await page.getByRole('button', { name: 'Stäng planår 2027' }).click();
  await expect(page.getByRole('row', { name: /^2027/ })).toContainText('Stängt');
  await page.goto('/mal?ar=2027&sok=KF+6');
  await page.getByRole('link', { name: `${COUNCIL.code} ${COUNCIL.title}` }).click();
  await expect(page.getByText('Planåret 2027 är stängt. Målet kan inte längre ändras.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ändra målet' })).toHaveCount(0);
  await signOut(page);
});
