import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { fixtureSnapshot, HOSTILE_ANALYSIS } from '../test-support/report-snapshot';
import { docxParts, pdfText } from '../test-support/document-text';
import { expectNoAxeViolations, signIn } from './fixtures';

/**
 * The approved report's print page and its PDF, DOCX and CSV downloads, and who may not open them.
 * The setup writes a known snapshot into the database the server reads: an approved report with
 * the fixture is added for a board and period that have none (an approved report can never be
 * changed, so none is borrowed), and two reports are added that must stay unreadable: a draft of
 * this municipality and an approved report of another municipality. All are removed afterwards.
 */

const dbPath = process.env.DATABASE_PATH ?? 'data/e2e.db';
const snapshotJson = JSON.stringify(fixtureSnapshot);
const ids = { approved: 0, draft: 0, foreign: 0, foreignUnit: 0, foreignMunicipality: 0 };

test.beforeAll(() => {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const municipalityId = (db.prepare(`SELECT id AS m FROM municipalities ORDER BY id LIMIT 1`).get() as { m: number }).m;
    const free = db
      .prepare(
        `SELECT o.id AS unitId, p.id AS periodId FROM org_units o JOIN follow_up_periods p ON p.kind IN ('interim', 'annual') JOIN plan_years y ON y.id = p.plan_year_id AND y.municipality_id = o.municipality_id WHERE o.kind = 'board' AND o.municipality_id = ? AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.org_unit_id = o.id AND r.period_id = p.id) ORDER BY p.period_end DESC, o.id LIMIT 2`,
      )
      .all(municipalityId) as { unitId: number; periodId: number }[];
    const [forApproved, forDraft] = free as [{ unitId: number; periodId: number }, { unitId: number; periodId: number }];
    db.transaction(() => {
      ids.approved = Number(db.prepare(`INSERT INTO reports (period_id, org_unit_id, status, snapshot, approved_at) VALUES (?, ?, 'approved', ?, unixepoch())`).run(forApproved.periodId, forApproved.unitId, snapshotJson).lastInsertRowid);
      ids.draft = Number(db.prepare(`INSERT INTO reports (period_id, org_unit_id, status, snapshot) VALUES (?, ?, 'draft', ?)`).run(forDraft.periodId, forDraft.unitId, snapshotJson).lastInsertRowid);
      ids.foreignMunicipality = Number(db.prepare(`INSERT INTO municipalities (name, scb_code) VALUES ('Grannby kommun', '9997')`).run().lastInsertRowid);
      ids.foreignUnit = Number(db.prepare(`INSERT INTO org_units (municipality_id, kind, side, name) VALUES (?, 'executive_board', 'political', 'Kommunstyrelsen')`).run(ids.foreignMunicipality).lastInsertRowid);
      ids.foreign = Number(db.prepare(`INSERT INTO reports (period_id, org_unit_id, status, snapshot) VALUES (?, ?, 'approved', ?)`).run(forDraft.periodId, ids.foreignUnit, snapshotJson).lastInsertRowid);
    })();
  } finally {
    db.close();
  }
});

test.afterAll(() => {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    db.transaction(() => {
      db.prepare(`DELETE FROM reports WHERE id IN (?, ?, ?)`).run(ids.approved, ids.draft, ids.foreign);
      db.prepare(`DELETE FROM org_units WHERE id = ?`).run(ids.foreignUnit);
      db.prepare(`DELETE FROM municipalities WHERE id = ?`).run(ids.foreignMunicipality);
    })();
  } finally {
    db.close();
  }
});

const base = (id: number) => `/resultat/rapporter/${id}`;
const titles = fixtureSnapshot.sections.flatMap((s) => [`${s.code} ${s.title}`, ...s.contributions.flatMap((c) => c.goals.map((g) => `${g.code} ${g.title}`))]);

async function download(page: Page, link: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link, exact: true }).click()]);
  return { name: file.suggestedFilename(), data: await readFile((await file.path())!) };
}

test('a council member reads the approved report on the print page and downloads it as PDF, DOCX and CSV', async ({ page }) => {
  // Three documents are rendered and read back: more than the default half minute on a busy machine.
  test.slow();
  await signIn(page, 'councilMember');
  expect((await page.goto(`${base(ids.approved)}/utskrift`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Delårsrapport 2026' })).toBeVisible();
  await expect(page.getByText('Beslutad av Kommunstyrelsen 2026-09-24, § 142')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sammanfattning' })).toBeVisible();
  for (const s of fixtureSnapshot.sections) await expect(page.getByRole('heading', { level: 2, name: `${s.code} ${s.title}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 5, name: 'BUN 1.2 Minska den problematiska frånvaron på högstadiet' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Indikatorer för KF 1' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Diagram: antal mål per bedömning. Siffrorna finns i tabellen.' })).toBeVisible();
  // A pasted analysis with markup is shown as the text it is, never run.
  await expect(page.getByText('svaren <script>alert("x")</script> & övrigt')).toBeVisible();
  expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('alert("x")')))).toBe(false);
  await expectNoAxeViolations(page);

  const pdf = await download(page, 'PDF');
  expect(pdf.name).toBe('Delårsrapport-2026-Kommunstyrelsen.pdf');
  const { text } = await pdfText(pdf.data);
  for (const title of titles) expect(text).toContain(title);
  expect(text).toContain(HOSTILE_ANALYSIS.replace(/\s+/g, ' '));

  const docx = await download(page, 'Word (DOCX)');
  expect(docx.name).toBe('Delårsrapport-2026-Kommunstyrelsen.docx');
  const { documentXml, media } = await docxParts(docx.data);
  for (const title of titles) expect(documentXml).toContain(title);
  expect(media.filter((m) => m.endsWith('.png')).length).toBeGreaterThanOrEqual(2);

  const csv = await page.request.get(`${base(ids.approved)}/csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toContain(`filename*=UTF-8''Del%C3%A5rsrapport-2026-Kommunstyrelsen.csv`);
  const body = (await csv.body()).toString('utf8');
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain('Fullmäktige;KF 1;Fler elever når kunskapsmålen och känner sig trygga i skolan;');
});

test("a draft report, another municipality's report and a missing one are not found", async ({ page }) => {
  await signIn(page, 'councilMember');
  for (const id of [ids.draft, ids.foreign, 999_999]) {
    expect((await page.goto(`${base(id)}/utskrift`))?.status(), `utskrift ${id}`).toBe(404);
    for (const format of ['pdf', 'docx', 'csv']) expect((await page.request.get(`${base(id)}/${format}`)).status(), `${format} ${id}`).toBe(404);
  }
  expect((await page.request.get(`${base(ids.approved)}/pdf`)).headers()['content-type']).toBe('application/pdf');
});

test('someone not signed in is sent to sign in, and gets no file', async ({ page }) => {
  for (const path of [`${base(ids.approved)}/utskrift`, `${base(ids.approved)}/pdf`, `${base(ids.approved)}/docx`, `${base(ids.approved)}/csv`]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toContain('/logga-in');
  }
});
