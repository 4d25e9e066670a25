import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { emailOf, expectNoAxeViolations, signIn } from './fixtures';
import { databasePath } from './http/facts';

const DB_PATH = databasePath();
const canary = `GDPR-KANARIE-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(DB_PATH);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
const nameOf = (email: string) => withDb((db) => (db.prepare(`SELECT p.given_name || ' ' || p.family_name AS name FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.email = ?`).get(email) as { name: string }).name);

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
}

test.describe.serial('audit log, my data and disposal of talk notes', () => {
  let talkId = 0;
  const employeeName = nameOf(emailOf('employee'));
  const managerName = nameOf(emailOf('unitManager'));

  test.beforeAll(() => {
    // A note only this test knows, on the employee's latest talk that has notes: the manager
    // wrote it today, so no disposal rule of a year or more reaches it.
    withDb((db) => {
      const talk = db
        .prepare(`SELECT e.id, e.manager_person_id AS managerId FROM follow_up_events e JOIN accounts a ON a.person_id = e.employee_person_id WHERE a.email = ? AND EXISTS (SELECT 1 FROM confidential_notes n WHERE n.event_id = e.id) ORDER BY e.held_on DESC LIMIT 1`)
        .get(emailOf('employee')) as { id: number; managerId: number };
      talkId = talk.id;
      db.prepare(`INSERT INTO confidential_notes (event_id, author_person_id, kind, body, created_at) VALUES (?, ?, 'talk', ?, unixepoch())`).run(talk.id, talk.managerId, canary);
    });
  });

  test('the manager opens the employee’s talk and reads the notes', async ({ page }) => {
    await signIn(page, 'unitManager');
    await page.goto(`/samtal/${talkId}`);
    await expect(page.getByRole('region', { name: 'Anteckningar', exact: true })).toContainText(canary);
  });

  test('the administrator filters the log by the employee and sees the read, never the note', async ({ page }) => {
    await signIn(page, 'administrator');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Logg' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Person', { exact: true }).fill(emailOf('employee'));
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await expect(page).toHaveURL(/person=medarbetare%40sjovik\.se/);
    await expect(page.getByText(`Visar händelser av eller om ${employeeName}.`)).toBeVisible();
    const table = page.getByRole('table', { name: 'Loggade händelser, de senaste först' });
    const read = table.getByRole('row').filter({ hasText: 'Läste samtalet' }).filter({ hasText: managerName }).first();
    await expect(read).toContainText(employeeName);
    await expect(read).toContainText(`Samtal eller APT #${talkId}`);
    expect(await page.content()).not.toContain(canary);
    await expectNoAxeViolations(page);

    // By object and action: exactly the talk's reads.
    await page.goto(`/admin/logg?objectType=follow_up_event&objectId=${talkId}&action=talk.read`);
    await expect(table.getByRole('row').filter({ hasText: managerName }).first()).toContainText('Läste samtalet');
    // A bad filter field is explained next to the field, and the rest still applies.
    await page.goto('/admin/logg?objectId=abc&from=2026-02-30');
    await expect(page.locator('#objectId-error')).toHaveText('Skriv ett id som ett positivt heltal.');
    await expect(page.locator('#from-error')).toHaveText('Skriv datumet som ÅÅÅÅ-MM-DD.');
    await expect(page.getByLabel('Objektets id')).toHaveAttribute('aria-invalid', 'true');
    await page.goto('/admin/logg?after=bad');
    await expect(page.getByText('Sidan finns inte längre. Börja om från de senaste händelserna.')).toBeVisible();

    // Keyset paging: the second page starts after the first, without repeats.
    await page.goto('/admin/logg');
    const firstPage = await table.locator('tbody tr').count();
    const older = page.getByRole('navigation', { name: 'Bläddra i loggen' }).getByRole('link', { name: 'Äldre händelser' });
    if (firstPage === 50) {
      const firstTimes = await table.locator('tbody time').allInnerTexts();
      await older.click();
      await expect(page).toHaveURL(/after=\d+_\d+/);
      await expect(page.getByRole('link', { name: 'Till de senaste händelserna' })).toBeVisible();
      const nextTimes = await table.locator('tbody time').allInnerTexts();
      expect(nextTimes.length).toBeGreaterThan(0);
      expect(nextTimes[0]! <= firstTimes[firstTimes.length - 1]!).toBe(true);
    } else {
      await expect(older).toHaveCount(0);
    }
  });

  for (const outsider of ['employee', 'unitManager', 'municipalDirector', 'hr'] as const) {
    test(`${outsider} gets 404 on the log and the disposal page`, async ({ page }) => {
      await signIn(page, outsider);
      await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Logg' })).toHaveCount(0);
      for (const path of ['/admin/logg', `/admin/logg?person=${emailOf('employee')}`, '/admin/gallring']) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        expect(await response?.text()).not.toContain('Läste samtalet');
      }
    });
  }

  test('the employee downloads their data: their name, their talks’ notes and who read them', async ({ page }) => {
    // Other specs may have downloaded the employee's data before: count this test's own downloads.
    const exportsSoFar = () => withDb((db) => (db.prepare(`SELECT count(*) AS n FROM audit_log l JOIN accounts a ON a.person_id = l.actor_person_id WHERE a.email = ? AND l.action = 'personal_data.export'`).get(emailOf('employee')) as { n: number }).n);
    const before = exportsSoFar();
    await signIn(page, 'employee');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina uppgifter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible();
    await expectNoAxeViolations(page);

    const json = await download(page, 'Ladda ner mina uppgifter (JSON, för dator)');
    expect(json.name).toMatch(/^mina-uppgifter-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.text);
    expect(`${data.person.givenName} ${data.person.familyName}`).toBe(employeeName);
    expect(json.text).not.toMatch(/passwordHash|password_hash|scrypt/);
    const talk = data.talks.find((t: { id: number }) => t.id === talkId);
    expect(talk.notes.map((n: { body: string }) => n.body)).toContain(canary);
    const reads = data.noteReads.filter((r: { talkId: number; reader: string }) => r.talkId === talkId && r.reader === managerName);
    expect(reads.length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(reads[0].at))).toBe(false);

    const text = await download(page, 'Ladda ner mina uppgifter (textfil, läsbar)');
    expect(text.name).toMatch(/\.txt$/);
    expect(text.text).toContain(canary);
    expect(text.text).toContain(`Läst av: ${managerName}`);

    // Straight from the route: an attachment that nothing may cache.
    const response = await page.request.get('/mina-uppgifter/export?format=json');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="mina-uppgifter-/);
    expect(response.headers()['cache-control']).toContain('no-store');
    // Each download is recorded as an export.
    expect(exportsSoFar() - before).toBe(3);
  });

  test('a colleague’s download never holds the employee’s note', async ({ page }) => {
    await signIn(page, 'colleague');
    await page.goto('/mina-uppgifter');
    const json = await download(page, 'Ladda ner mina uppgifter (JSON, för dator)');
    expect(json.text).not.toContain(canary);
    expect(JSON.parse(json.text).talks.some((t: { id: number }) => t.id === talkId)).toBe(false);
    const text = await download(page, 'Ladda ner mina uppgifter (textfil, läsbar)');
    expect(text.text).not.toContain(canary);
  });

  test('the administrator sets the disposal rule and makes a dry run first', async ({ page }) => {
    await signIn(page, 'administrator');
    await page.goto('/admin/gallring');
    await expect(page.getByRole('heading', { level: 1, name: 'Gallring av samtalsanteckningar' })).toBeVisible();
    await expectNoAxeViolations(page);
    const notesBefore = withDb((db) => (db.prepare('SELECT count(*) AS n FROM confidential_notes').get() as { n: number }).n);

    // Under the default three years, the demo's two years of notes are all kept.
    await page.getByRole('button', { name: 'Provkör gallringen' }).click();
    await expect(page.locator('#gallra-result')).toContainText('Provkörning: inga anteckningar');
    await expect(page.getByRole('button', { name: /^Gallra / })).toHaveCount(0);

    await page.getByLabel(/^Spara anteckningar i antal år/).fill('0');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(page.locator('#talkNoteYears-error')).toHaveText('Välj ett helt antal år mellan 1 och 10.');
    await page.getByLabel(/^Spara anteckningar i antal år/).fill('1');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(page.getByText('Gallringsregeln är sparad.')).toBeVisible();

    await page.getByRole('button', { name: 'Provkör gallringen' }).click();
    // The notes and the comments, next steps and self comments of the talks held before the cut-off.
    await expect(page.locator('#gallra-result')).toContainText(/Provkörning: [\d\s]+ anteckningar och [\d\s]+ kommentarer till aktiviteter från [\d\s]+ samtal är äldre än/);
    await expect(page.getByRole('button', { name: /^Gallra [\d\s]+ texter$/ })).toBeVisible();
    await expectNoAxeViolations(page);
    // A dry run removes nothing.
    expect(withDb((db) => (db.prepare('SELECT count(*) AS n FROM confidential_notes').get() as { n: number }).n)).toBe(notesBefore);

    // Back to the default, so the demo keeps its notes.
    await page.getByLabel(/^Spara anteckningar i antal år/).fill('3');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(page.getByText('Gallringsregeln är sparad.')).toBeVisible();
  });
});
