import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

// The public page and the open data are read without signing in. They may hold public documents
// only: adopted council goals, indicators and the latest approved report – never a person.
const DB = process.env.DATABASE_PATH ?? 'data/e2e.db';
const CANARY_NOTE = 'KANARIE-offentlig-7f3a: samtalsanteckning som aldrig får bli offentlig';
const DRAFT_GOAL = 'KANARIE-utkast-2b91: mål som ännu inte är beslutat';

function plant() {
  const conn = new Database(DB, { fileMustExist: true });
  try {
    const talk = conn.prepare(`SELECT id, manager_person_id AS manager FROM follow_up_events WHERE kind = 'appraisal_talk' ORDER BY id LIMIT 1`).get() as { id: number; manager: number };
    // Planted once: Playwright runs beforeAll again in a fresh worker after a failed test.
    if (conn.prepare('SELECT 1 FROM confidential_notes WHERE body = ?').get(CANARY_NOTE)) return;
    conn.prepare(`INSERT INTO confidential_notes (event_id, author_person_id, kind, body, created_at) VALUES (?, ?, 'talk', ?, unixepoch())`).run(talk.id, talk.manager, CANARY_NOTE);
    const council = conn.prepare(`SELECT g.plan_year_id AS planYearId, g.owner_unit_id AS ownerUnitId FROM goals g JOIN plan_years y ON y.id = g.plan_year_id WHERE g.level = 'council' AND y.status = 'open' AND y.municipality_id = 1 ORDER BY y.year DESC LIMIT 1`).get() as {
      planYearId: number;
      ownerUnitId: number;
    };
    conn.prepare(`INSERT INTO goals (plan_year_id, level, owner_unit_id, code, title, status, sort_order) VALUES (?, 'council', ?, 'KF 99', ?, 'draft', 99)`).run(council.planYearId, council.ownerUnitId, DRAFT_GOAL);
  } finally {
    conn.close();
  }
}

function facts() {
  const conn = new Database(DB, { readonly: true, fileMustExist: true });
  try {
    const municipality = conn.prepare('SELECT name, scb_code AS code FROM municipalities ORDER BY id LIMIT 1').get() as { name: string; code: string };
    const goals = conn
      .prepare(`SELECT g.code, g.title FROM goals g JOIN plan_years y ON y.id = g.plan_year_id WHERE g.level = 'council' AND g.status = 'adopted' AND y.status = 'open' AND y.municipality_id = 1 AND y.year = (SELECT max(year) FROM plan_years WHERE status = 'open' AND municipality_id = 1)`)
      .all() as { code: string; title: string }[];
    const people = conn.prepare(`SELECT given_name || ' ' || family_name AS name FROM people`).all() as { name: string }[];
    const report = conn.prepare(`SELECT r.snapshot FROM reports r JOIN org_units u ON u.id = r.org_unit_id JOIN follow_up_periods p ON p.id = r.period_id WHERE r.status = 'approved' AND u.municipality_id = 1 AND u.kind = 'council' ORDER BY p.period_end DESC, r.approved_at DESC LIMIT 1`).get() as
      { snapshot: string } | undefined;
    return { municipality, goals, people: people.map((p) => p.name), report: report ? (JSON.parse(report.snapshot) as { period: { name: string }; decision: { paragraph: string }; sections: { code: string; title: string; assessment: { analysis: string } | null }[] }) : null };
  } finally {
    conn.close();
  }
}

test.describe('the public results and open data', () => {
  test.beforeAll(plant);

  test('anyone reads the vision, the adopted council goals and the approved report, on a phone too', async ({ page }) => {
    const f = facts();
    expect(f.goals.length).toBeGreaterThan(0);
    expect(f.report).not.toBeNull();
    // The compiled report to the council: KS has assessed every council goal in it.
    expect(f.report!.sections.every((s) => s.assessment)).toBe(true);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/kommun/${f.municipality.code}`);
    await expect(page).toHaveURL(new RegExp(`/kommun/${f.municipality.code}$`)); // no sign-in asked
    await expect(page.getByRole('heading', { level: 1, name: `${f.municipality.name}: mål och resultat` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Vision' })).toBeVisible();
    for (const g of f.goals) await expect(page.getByRole('heading', { level: 3, name: `${g.code} ${g.title}` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: f.report!.period.name })).toBeVisible();
    await expect(page.getByText(new RegExp(`${f.report!.decision.paragraph}\\.$`))).toBeVisible();
    const assessed = f.report!.sections.find((s) => s.assessment);
    if (assessed) await expect(page.getByText(assessed.assessment!.analysis).first()).toBeVisible();
    // Readable on a phone: nothing wider than the screen but the tables' own scroll boxes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);

    const text = await page.locator('body').innerText();
    expect(text).not.toContain(CANARY_NOTE);
    expect(text).not.toContain(DRAFT_GOAL);
    const named = f.people.filter((name) => text.includes(name));
    expect(named).toEqual([]);
  });

  test('the same data as JSON and CSV at stable addresses, with nothing personal or unadopted', async ({ request }) => {
    const f = facts();
    const json = await request.get(`/oppna-data/${f.municipality.code}/mal.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toContain('application/json');
    const data = (await json.json()) as { municipality: { name: string }; councilGoals: { code: string; title: string }[]; latestApprovedReport: { title: string } | null };
    expect(data.municipality.name).toBe(f.municipality.name);
    expect(data.councilGoals.map((g) => g.code).sort()).toEqual(f.goals.map((g) => g.code).sort());
    expect(data.latestApprovedReport?.title).toBe(f.report!.period.name);

    const indicators = await request.get(`/oppna-data/${f.municipality.code}/indikatorer.csv`);
    expect(indicators.headers()['content-type']).toContain('text/csv');
    const indicatorsText = await indicators.text();
    expect(indicatorsText.startsWith('\uFEFFMålkod;Mål;Indikator')).toBe(true);
    const assessments = await request.get(`/oppna-data/${f.municipality.code}/bedomningar.csv`);
    const assessmentsText = await assessments.text();
    expect(assessmentsText.split('\r\n').length).toBeGreaterThan(2);

    for (const body of [JSON.stringify(data), indicatorsText, assessmentsText]) {
      expect(body).not.toContain(CANARY_NOTE);
      expect(body).not.toContain(DRAFT_GOAL);
      expect(f.people.filter((name) => body.includes(name))).toEqual([]);
    }
  });

  test('an unknown municipality is simply not found', async ({ page, request }) => {
    expect((await request.get('/oppna-data/0001/mal.json')).status()).toBe(404);
    expect((await request.get('/oppna-data/..%2F/mal.json')).status()).toBe(404);
    const response = await page.goto('/kommun/0001');
    expect(response?.status()).toBe(404);
  });
});
