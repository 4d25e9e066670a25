import { expect, test } from '@playwright/test';
import { todayInStockholm } from '../lib/dates/stockholm-time';
import { expectNoAxeViolations, expectNoTalkNotes, signIn, talkNoteTexts } from './fixtures';
import { openTestDb } from './http/facts';
import { planInForceSql } from '../features/plans/in-force';

const n = (x: number) => new Intl.NumberFormat('sv-SE').format(x);
const STATUS_TEXT = { done: 'Genomförd', on_track: 'Enligt plan', at_risk: 'Risk för avvikelse', off_track: 'Avviker', not_started: 'Ej påbörjad' } as const;
const FULFILMENT_TEXT = { fulfilled: 'Uppfyllt', partly_fulfilled: 'Delvis uppfyllt', not_fulfilled: 'Ej uppfyllt' } as const;
const today = todayInStockholm();

interface Rollup {
  done: number;
  on_track: number;
  at_risk: number;
  off_track: number;
  not_started: number;
  activities: number;
  proposed: keyof typeof FULFILMENT_TEXT | null;
}

function facts() {
  // The figures the pages must show, read straight from the database the server uses.
  const conn = openTestDb();
  try {
    // Sjövik's (municipality 1): Norrvik beside it has boards and periods of the same names.
    const board = conn.prepare(`SELECT id, name FROM org_units WHERE name = 'Barn- och utbildningsnämnden' AND municipality_id = 1`).get() as { id: number; name: string };
    const administration = conn.prepare(`SELECT id FROM org_units WHERE kind = 'administration' AND municipality_id = 1 ORDER BY id LIMIT 1`).get() as { id: number };
    // The latest passed period of the open year; a report wins over the month ending the same day.
    const period = conn
      .prepare(`SELECT p.id, p.name FROM follow_up_periods p JOIN plan_years y ON y.id = p.plan_year_id WHERE y.status = 'open' AND y.municipality_id = 1 AND p.period_end <= ? ORDER BY p.period_end DESC, CASE p.kind WHEN 'annual' THEN 0 WHEN 'interim' THEN 1 ELSE 2 END LIMIT 1`)
      .get(today) as { id: number; name: string };
    const goal = conn.prepare(`SELECT g.id, g.code, g.title FROM goals g JOIN plan_years y ON y.id = g.plan_year_id WHERE y.status = 'open' AND g.level = 'board' AND g.owner_unit_id = ? ORDER BY g.sort_order, g.code LIMIT 1`).get(board.id) as { id: number; code: string; title: string };
    const rollupOf = (goalId: number) => conn.prepare(`SELECT done, on_track, at_risk, off_track, not_started, activities, proposed FROM goal_rollups WHERE goal_id = ? AND period_id = ?`).get(goalId, period.id) as Rollup;
    const child = conn.prepare(`SELECT g.id, g.code, g.title FROM goal_links l JOIN goals g ON g.id = l.goal_id WHERE l.contributes_to_goal_id = ? ORDER BY g.id LIMIT 1`).get(goal.id) as { id: number; code: string; title: string };
    const childUnits = (conn.prepare(`SELECT count(DISTINCT ap.unit_id) AS n FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id JOIN action_plans ap ON ap.id = a.plan_id WHERE ag.goal_id = ? AND ${planInForceSql('ap')}`).get(child.id) as { n: number }).n;
    const council = conn.prepare(`SELECT g.id, g.code, g.title FROM goals g JOIN plan_years y ON y.id = g.plan_year_id WHERE y.status = 'open' AND y.municipality_id = 1 AND g.level = 'council' ORDER BY g.sort_order, g.code`).all() as { id: number; code: string; title: string }[];
    const contribution = conn.prepare(`SELECT g.id, g.code, g.title FROM goal_links l JOIN goals g ON g.id = l.goal_id WHERE l.contributes_to_goal_id = ? ORDER BY g.id LIMIT 1`).get(council[0]!.id) as { id: number; code: string; title: string };
    const indicatorsOf = (goalId: number) => conn.prepare(`SELECT id, name, unit, baseline, target FROM indicators WHERE goal_id = ? ORDER BY sort_order, id`).all(goalId) as { id: number; name: string; unit: string; baseline: number; target: number }[];
    const notes = talkNoteTexts(conn);
    return {
      board,
      administration,
      period,
      goal,
      rollup: rollupOf(goal.id),
      child,
      childUnits,
      council,
      councilRollup: rollupOf(council[0]!.id),
      contribution,
      contributionRollup: rollupOf(contribution.id),
      goalIndicators: indicatorsOf(goal.id),
      councilIndicators: indicatorsOf(council[0]!.id),
      notes,
    };
  } finally {
    conn.close();
  }
}

test('a politician opens the results, the board dashboard with its figures, and drills down to units', async ({ page }) => {
  const f = facts();
  await signIn(page, 'boardMember');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Resultat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultat' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fullmäktiges mål med nämndernas bidrag' })).toHaveAttribute('href', '/resultat/kf');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: f.board.name }).click();

  await expect(page).toHaveURL(new RegExp(`/resultat/namnd/${f.board.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Resultat – ${f.board.name}` })).toBeVisible();
  await expect(page.getByText(f.period.name).first()).toBeVisible();

  const card = page.locator(`#mal-${f.goal.id}`);
  await expect(card.getByRole('heading', { level: 3, name: `${f.goal.code} ${f.goal.title}` })).toBeVisible();
  // The rule's proposal and the people's assessment, both labelled.
  const pair = card.locator('dl').first();
  await expect(pair.getByText('Förslag enligt regel')).toBeVisible();
  await expect(pair.getByText('Bedömning', { exact: true })).toBeVisible();
  if (f.rollup.proposed) await expect(pair.locator('dd').first()).toHaveText(new RegExp(FULFILMENT_TEXT[f.rollup.proposed]));
  // The counts are goal_rollups' counts for that period.
  const counts = card.getByRole('list', { name: `Aktiviteter per status – ${f.goal.code}` });
  for (const [status, text] of Object.entries(STATUS_TEXT)) {
    await expect(counts.getByRole('listitem').filter({ hasText: text })).toHaveText(new RegExp(`${text}\\s*${n(f.rollup[status as keyof typeof STATUS_TEXT])}$`));
  }
  await expect(card).toContainText(`${n(f.rollup.activities)} aktiviteter bidrar`);
  if (f.goalIndicators.length === 0) await expect(card.getByText('Målet har inga indikatorer.')).toBeVisible();
  else await expect(card.getByRole('row', { name: new RegExp(`^${f.goalIndicators[0]!.name}`) })).toBeVisible();

  // The chart has a summary and a table with a caption behind a keyboard-operable toggle.
  const chart = card.getByRole('img', { name: /^Stapeldiagram över andelen aktiviteter per status/ });
  await expect(chart).toBeVisible();
  // Drawn in the browser, one bar series per status, named in the legend.
  await expect(chart.locator('.recharts-bar')).toHaveCount(5);
  await expect(chart.locator('.recharts-legend-wrapper')).toContainText('Risk för avvikelse');
  const toggle = card.getByText('Visa diagrammet som tabell');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(card.locator('table caption', { hasText: 'andel aktiviteter per status och månad' })).toBeVisible();
  await expect(card.getByRole('columnheader', { name: 'Enligt plan' }).first()).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Så räknas förslaget' })).toBeVisible();
  await expect(page.getByText('Vikter: aktiviteter 0,6, indikatorer 0,4')).toBeVisible();

  // Down to the administration's goal and its units.
  const child = page.locator(`#forvaltningsmal-${f.child.id}`);
  await child.getByRole('link', { name: `Visa enheter för ${f.child.code}` }).click();
  await expect(page).toHaveURL(new RegExp(`\\?mal=${f.child.id}`));
  const units = page.getByRole('table', { name: new RegExp(`Enheter som arbetar mot ${f.child.code}`) });
  await expect(units).toBeVisible();
  expect(f.childUnits).toBeGreaterThan(0);
  await expect(units.locator('tbody tr')).toHaveCount(Math.min(100, f.childUnits));
  await expectNoAxeViolations(page);
  await expectNoTalkNotes(page, f.notes);
});

test('the council dashboard shows the council goals with the boards, proposals, assessments and comparisons', async ({ page }) => {
  const f = facts();
  await signIn(page, 'boardMember');
  await page.goto('/resultat/kf');
  await expect(page.getByRole('heading', { level: 1, name: 'Fullmäktiges resultat' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^KF/ })).toHaveCount(f.council.length);
  const first = page.locator(`#mal-${f.council[0]!.id}`);
  await expect(first.getByText('Förslag enligt regel').first()).toBeVisible();
  await expect(first.getByText('Bedömning', { exact: true }).first()).toBeVisible();
  const counts = first.getByRole('list', { name: `Aktiviteter per status – ${f.council[0]!.code}` });
  await expect(counts.getByRole('listitem').filter({ hasText: 'Genomförd' })).toHaveText(new RegExp(`Genomförd\\s*${n(f.councilRollup.done)}$`));
  await expect(first.getByRole('rowheader', { name: /^Föregående period: Månadsuppföljning/ })).toBeVisible();
  await expect(first.getByRole('rowheader', { name: /^Samma period förra året: .*2025/ })).toBeVisible();
  // Indicators against their target: baseline and target as recorded.
  expect(f.councilIndicators.length).toBeGreaterThan(0);
  const indicator = f.councilIndicators[0]!;
  const value = (x: number) => `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(x)} ${indicator.unit}`;
  const row = first.getByRole('row').filter({ hasText: indicator.name });
  await expect(row.getByRole('cell').nth(0)).toHaveText(value(indicator.baseline));
  await expect(row.getByRole('cell').nth(1)).toHaveText(value(indicator.target));
  await expect(first.getByText('Nämndernas bidrag')).toBeVisible();
  const board = first.getByRole('listitem').filter({ hasText: `${f.contribution.code} ${f.contribution.title}` });
  await expect(board).toContainText(`${n(f.contributionRollup.activities)} aktiviteter,`);
  await expect(first.getByRole('link', { name: 'Nämndens resultat' }).first()).toBeVisible();
  await expect(first.getByRole('img', { name: /^Stapeldiagram/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoTalkNotes(page, f.notes);

  // The interim report's view, chosen from the passed periods.
  await page.getByLabel('Uppföljningsperiod').selectOption({ label: `Delårsrapport per 31 augusti ${f.period.name.match(/\d{4}/)![0]}` });
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByText(/Visar Delårsrapport per 31 augusti/)).toBeVisible();
});

test('a missing, foreign or malformed board id is a 404, and a signed-out reader is sent to sign in', async ({ page, browser }) => {
  const f = facts();
  await signIn(page, 'councilMember');
  for (const id of ['abc', '99999999', String(f.administration.id), '1e3']) {
    const response = await page.goto(`/resultat/namnd/${id}`);
    expect(response?.status(), id).toBe(404);
  }
  expect((await page.goto('/resultat/kf?period=abc'))?.status()).toBe(404);

  const anonymous = await browser.newContext();
  const other = await anonymous.newPage();
  await other.goto('/resultat');
  await expect(other).toHaveURL(/\/logga-in/);
  await other.goto(`/resultat/namnd/${f.board.id}`);
  await expect(other).toHaveURL(/\/logga-in/);
  await anonymous.close();
});
