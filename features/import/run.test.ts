import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import { ORG_HEADER, PEOPLE_HEADER, exportFromDb, toCsv } from '@/test-support/hr-csv';
import { runImport, StalePreviewError } from './run';

const TODAY = '2026-11-23';

describe('the HR import against a database', () => {
  let db: Db;
  let org: (string | null)[][];
  let people: (string | null)[][];
  const run = (peopleRows: (string | null)[][], apply: boolean, expectedPlanHash?: string) =>
    runImport(db, { municipalityId: 1, actorPersonId: null, files: { org: toCsv(ORG_HEADER, org), people: toCsv(PEOPLE_HEADER, peopleRows) }, apply, today: TODAY, ...(expectedPlanHash ? { expectedPlanHash } : {}) });

  beforeAll(async () => {
    db = openDatabase(':memory:');
    applyMigrations(db);
    await generateMunicipality(db, { preset: 'small', seed: 2 });
    ({ org, people } = exportFromDb(db.$client));
  });

  it('finds nothing to do when the files are the database own register', () => {
    const outcome = run(people, false);
    expect(outcome.counts.errors).toBe(0);
    expect(outcome.counts.people).toMatchObject({ created: 0, changed: 0, moved: 0, ended: 0 });
    expect(outcome.counts.units).toMatchObject({ created: 0, changed: 0, moved: 0, closed: 0 });
  });

  it('moves, hires and ends in one run; the leaver keeps their history and loses access; running again changes nothing', () => {
    const sql = db.$client;
    // The leaver: an employee with an account and talks of their own.
    const leaver = sql.prepare(`SELECT p.id, p.employee_number AS number, a.session_version AS version FROM people p JOIN accounts a ON a.person_id = p.id JOIN employments e ON e.person_id = p.id AND e.end_date IS NULL WHERE a.email = 'medarbetare2@sjovik.se'`).get() as {
      id: number;
      number: string;
      version: number;
    };
    const talksBefore = sql.prepare('SELECT count(*) AS n FROM follow_up_events WHERE employee_person_id = ?').get(leaver.id);
    const rows = people.filter((r) => r[0] !== leaver.number).map((r) => [...r]);
    const mover = rows[40]!;
    const target = rows.find((r) => r[4] !== mover[4] && r[5] !== null && r[5] !== mover[0])!;
    mover[4] = target[4]!;
    mover[5] = target[5]!;
    rows.push(['N900001', 'Nora', 'Ny', 'nora.ny@sjovik.se', target[4]!, target[5]!, '2026-11-01', null, 'Lärare']);

    const preview = run(rows, false);
    expect(preview.counts.people).toMatchObject({ created: 1, moved: 1, ended: 1, changed: 0 });
    // A confirmation that does not match the preview writes nothing.
    expect(() => run(rows, true, 'not-the-preview')).toThrow(StalePreviewError);
    expect(run(rows, false).planHash).toBe(preview.planHash);

    const applied = run(rows, true, preview.planHash);
    expect(applied.applied).toBe(true);
    const account = sql.prepare('SELECT active, session_version AS version FROM accounts WHERE person_id = ?').get(leaver.id);
    expect(account).toEqual({ active: 0, version: leaver.version + 1 });
    expect(sql.prepare('SELECT end_date AS endDate FROM employments WHERE person_id = ? ORDER BY id DESC').get(leaver.id)).toEqual({ endDate: '2026-11-22' });
    expect(sql.prepare('SELECT count(*) AS n FROM follow_up_events WHERE employee_person_id = ?').get(leaver.id)).toEqual(talksBefore);
    const moverRows = sql.prepare('SELECT e.start_date AS startDate, e.end_date AS endDate FROM employments e JOIN people p ON p.id = e.person_id WHERE p.employee_number = ? ORDER BY e.id').all(mover[0]);
    expect(moverRows).toHaveLength(2);
    expect(moverRows[1]).toEqual({ startDate: TODAY, endDate: null });
    const audit = sql.prepare(`SELECT detail FROM audit_log WHERE action = 'hr_import.apply'`).all() as { detail: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail).people).toMatchObject({ created: 1, moved: 1, ended: 1 });

    const again = run(rows, false);
    expect(again.counts.people).toEqual({ created: 0, changed: 0, moved: 0, ended: 0, unchanged: rows.length });
    expect(again.counts.units).toMatchObject({ created: 0, changed: 0, moved: 0, closed: 0 });
  });

  it('takes every role that comes with the job from a leaver, keeps a politician’s, shows it in the dry run, and a return gives back only employee', () => {
    const sql = db.$client;
    // An employee, made HR and administrator and elected to a board.
    const hr = sql.prepare(`SELECT p.id, p.employee_number AS number FROM people p JOIN accounts a ON a.person_id = p.id JOIN employments e ON e.person_id = p.id AND e.end_date IS NULL WHERE a.email = 'kollega@sjovik.se'`).get() as { id: number; number: string };
    const board = (sql.prepare(`SELECT id FROM org_units WHERE side <> 'administrative' LIMIT 1`).get() as { id: number }).id;
    const grant = sql.prepare('INSERT INTO role_assignments (person_id, role, org_unit_id) VALUES (?, ?, ?)');
    grant.run(hr.id, 'hr', null);
    grant.run(hr.id, 'administrator', null);
    grant.run(hr.id, 'board_member', board);
    const rolesOf = () => (sql.prepare('SELECT role FROM role_assignments WHERE person_id = ? ORDER BY role').all(hr.id) as { role: string }[]).map((r) => r.role);
    const current = exportFromDb(sql).people;
    const row = current.find((r) => r[0] === hr.number)!;

    const without = current.filter((r) => r[0] !== hr.number);
    const preview = run(without, false);
    const leaving = preview.plan.people.ended.find((p) => p.personId === hr.id)!;
    expect(leaving.rolesLost).toEqual(['employee', 'administrator', 'hr']);
    expect(preview.counts.rolesRevoked).toBe(1);
    run(without, true, preview.planHash);
    expect(rolesOf()).toEqual(['board_member']);
    const revoked = sql.prepare(`SELECT object_id AS personId, detail FROM audit_log WHERE action = 'role.revoked_on_leaving' ORDER BY id DESC LIMIT 1`).get() as { personId: number; detail: string };
    expect(revoked.personId).toBe(hr.id);
    expect(JSON.parse(revoked.detail)).toEqual({ employeeNumber: hr.number, roles: 'administrator hr', count: 2, reason: 'left' });

    // Hired again under the same employee number.
    const back = run([...without, [...row]], false);
    expect(back.plan.people.created.map((p) => p.returningPersonId)).toEqual([hr.id]);
    run([...without, [...row]], true, back.planHash);
    expect(rolesOf()).toEqual(['board_member', 'employee']);
    expect(sql.prepare('SELECT active FROM accounts WHERE person_id = ?').get(hr.id)).toEqual({ active: 1 });
  });

  it('a returning person who still holds old employment roles loses them on return, and it is recorded', () => {
    const sql = db.$client;
    // As a database written before leavers lost every role would hold it.
    const person = sql.prepare(`SELECT p.id, p.employee_number AS number FROM people p JOIN accounts a ON a.person_id = p.id JOIN employments e ON e.person_id = p.id AND e.end_date IS NULL WHERE a.email = 'medarbetare@sjovik.se'`).get() as { id: number; number: string };
    const current = exportFromDb(sql).people;
    const row = current.find((r) => r[0] === person.number)!;
    const without = current.filter((r) => r[0] !== person.number);
    run(without, true, run(without, false).planHash);
    sql.prepare(`INSERT INTO role_assignments (person_id, role) VALUES (?, 'municipal_director')`).run(person.id);

    const back = run([...without, [...row]], false);
    expect(back.plan.people.created.find((p) => p.returningPersonId === person.id)?.rolesDropped).toEqual(['municipal_director']);
    run([...without, [...row]], true, back.planHash);
    expect(sql.prepare('SELECT role FROM role_assignments WHERE person_id = ? ORDER BY role').all(person.id)).toEqual([{ role: 'employee' }]);
    const revoked = sql.prepare(`SELECT detail FROM audit_log WHERE action = 'role.revoked_on_leaving' AND object_id = ? ORDER BY id DESC LIMIT 1`).get(person.id) as { detail: string };
    expect(JSON.parse(revoked.detail)).toMatchObject({ roles: 'municipal_director', reason: 'returned' });
  });
});
