import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({
  getDb: () => {
    throw new Error('tests pass their own database');
  },
}));
vi.mock('@/lib/auth/viewer', () => ({
  requireViewer: async () => {
    throw new Error('tests pass their own viewer');
  },
}));

const { demoDatabase, viewerOf } = await import('@/test-support/demo-database');
const { expectRefused } = await import('@/test-support/refused-write');
const { confirmAssignment, saveMyAssignment } = await import('./mutations');
const { assignmentDecisionSchema, assignmentDraftSchema, contributionField } = await import('./validation');
const { ConflictError, NotFoundError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;
type Refusal = import('@/test-support/refused-write').Refusal;

/** Assignments of the demo unit's employees, with Norrvik beside Sjövik. */
let db: Db;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const sjovik = (local: string) => viewerOf(db, `${local}@sjovik.se`);
const norrvik = (local: string) => viewerOf(db, `${local}@norrvik.se`);
const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;
const counts = () => ({ assignments: count('assignments'), links: count('assignment_activities'), audit: count('audit_log') });
const lastAudit = () => one<{ actor: number; action: string; objectType: string; objectId: number; detail: string | null }>('SELECT actor_person_id AS actor, action, object_type AS objectType, object_id AS objectId, detail FROM audit_log ORDER BY id DESC LIMIT 1');

const assignment = (id: number) =>
  one<{ personId: number; planYearId: number; unitId: number; description: string; status: string; employeeConfirmedAt: number | null; managerConfirmedAt: number | null; managerPersonId: number | null; revision: number }>(
    `SELECT person_id AS personId, plan_year_id AS planYearId, unit_id AS unitId, description, status, employee_confirmed_at AS employeeConfirmedAt,
            manager_confirmed_at AS managerConfirmedAt, manager_person_id AS managerPersonId, revision FROM assignments WHERE id = ?`,
    id,
  );
const links = (id: number) => all<{ activityId: number; contribution: string | null }>('SELECT activity_id AS activityId, contribution FROM assignment_activities WHERE assignment_id = ? ORDER BY activity_id', id);

const watching = (id?: number) => ({
  tables: ['assignments', 'assignment_activities', 'audit_log'],
  rows: id
    ? [
        { sql: 'SELECT * FROM assignments WHERE id = ?', args: [id] },
        { sql: 'SELECT * FROM assignment_activities WHERE assignment_id = ? ORDER BY activity_id', args: [id] },
      ]
    : [],
});
const refused = (id: number | undefined, write: () => unknown, refusal: Refusal) => expectRefused(db, watching(id), write, refusal);

const personOf = (email: string) => one<{ id: number }>('SELECT person_id AS id FROM accounts WHERE email = ?', email).id;
const assignmentOf = (email: string, year: number) => one<{ id: number }>('SELECT a.id FROM assignments a JOIN plan_years y ON y.id = a.plan_year_id JOIN accounts acc ON acc.person_id = a.person_id WHERE acc.email = ? AND y.year = ?', email, year).id;
/** The activities of the approved plan of this year of the unit where someone works. */
const planActivitiesOf = (email: string) =>
  all<{ id: number }>(
    `SELECT a.id FROM activities a JOIN action_plans p ON p.id = a.plan_id JOIN plan_years y ON y.id = p.plan_year_id JOIN employments e ON e.unit_id = p.unit_id AND e.end_date IS NULL
     JOIN accounts acc ON acc.person_id = e.person_id WHERE acc.email = ? AND y.status = 'open' AND p.status = 'approved' ORDER BY a.sort_order, a.id`,
    email,
  ).map((a) => a.id);
const draft = (input: Record<string, unknown>) => assignmentDraftSchema.parse(input);
const decision = (assignmentId: number, revision: number) => assignmentDecisionSchema.parse({ assignmentId: String(assignmentId), revision: String(revision) });
const DESCRIPTION = 'Jag ansvarar för läsprojektet i årskurs 3 och följer upp det på APT.';

let activityIds: number[] = [];
let colleagueId = 0;
let employeeAssignment = 0;

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
  activityIds = planActivitiesOf('medarbetare@sjovik.se');
  colleagueId = personOf('kollega@sjovik.se');
  employeeAssignment = assignmentOf('medarbetare@sjovik.se', 2026);
  // The colleague has not written this year's assignment yet.
  const unwritten = assignmentOf('kollega@sjovik.se', 2026);
  db.$client.prepare('UPDATE follow_up_entries SET assignment_id = NULL WHERE assignment_id = ?').run(unwritten);
  db.$client.prepare('DELETE FROM assignment_activities WHERE assignment_id = ?').run(unwritten);
  db.$client.prepare('DELETE FROM assignments WHERE id = ?').run(unwritten);
});
afterAll(() => db.$client.close());

describe('writing one’s own assignment', () => {
  it('writes this year’s assignment with the contributions, for the unit and manager of now, with an audit row', () => {
    expect(activityIds.length).toBeGreaterThan(2);
    const [first, second] = activityIds as [number, number];
    const before = counts();
    const id = saveMyAssignment(db, sjovik('kollega'), draft({ description: DESCRIPTION, activityIds: [String(first), String(second)], [contributionField(first)]: ' Jag håller i det. ' }));
    const employment = one<{ unitId: number; managerId: number }>('SELECT unit_id AS unitId, manager_person_id AS managerId FROM employments WHERE person_id = ? AND end_date IS NULL', colleagueId);
    const year = one<{ id: number }>("SELECT id FROM plan_years WHERE municipality_id = 1 AND status = 'open'").id;
    expect(assignment(id)).toEqual({ personId: colleagueId, planYearId: year, unitId: employment.unitId, description: DESCRIPTION, status: 'draft', employeeConfirmedAt: null, managerConfirmedAt: null, managerPersonId: employment.managerId, revision: 1 });
    expect(links(id)).toEqual(
      [
        { activityId: first, contribution: 'Jag håller i det.' },
        { activityId: second, contribution: null },
      ].sort((a, b) => a.activityId - b.activityId),
    );
    expect(counts()).toEqual({ assignments: before.assignments + 1, links: before.links + 2, audit: before.audit + 1 });
    const audit = lastAudit();
    expect(audit).toMatchObject({ actor: colleagueId, action: 'assignment.created', objectType: 'assignment', objectId: id });
    expect(JSON.parse(audit.detail!)).toEqual({ description: DESCRIPTION, activityIds: [first, second] });
  });

  it('does not write a second one for the same year over the first', () => {
    refused(undefined, () => saveMyAssignment(db, sjovik('kollega'), draft({ description: DESCRIPTION, activityIds: [String(activityIds[2])] })), ConflictError);
  });

  it('changes the employee’s own assignment, which undoes the agreement on it', () => {
    const before = { row: assignment(employeeAssignment), counts: counts() };
    expect(before.row.status).toBe('agreed');
    const third = activityIds[2]!;
    saveMyAssignment(db, sjovik('medarbetare'), draft({ assignmentId: String(employeeAssignment), revision: String(before.row.revision), description: `${DESCRIPTION} Nu även språkstödet.`, activityIds: [String(third)], [contributionField(third)]: 'Jag samordnar.' }));
    expect(assignment(employeeAssignment)).toMatchObject({ description: `${DESCRIPTION} Nu även språkstödet.`, status: 'draft', employeeConfirmedAt: null, managerConfirmedAt: null, revision: before.row.revision + 1 });
    expect(links(employeeAssignment)).toEqual([{ activityId: third, contribution: 'Jag samordnar.' }]);
    expect(counts().audit).toBe(before.counts.audit + 1);
    expect(counts().assignments).toBe(before.counts.assignments);
    expect(lastAudit()).toMatchObject({ actor: personOf('medarbetare@sjovik.se'), action: 'assignment.updated', objectId: employeeAssignment });
  });

  it('refuses someone else’s assignment, also another municipality’s, and a form opened before the last save', () => {
    const revision = assignment(employeeAssignment).revision;
    const input = draft({ assignmentId: String(employeeAssignment), revision: String(revision), description: DESCRIPTION, activityIds: [String(activityIds[0])] });
    refused(employeeAssignment, () => saveMyAssignment(db, sjovik('kollega'), input), NotFoundError);
    refused(employeeAssignment, () => saveMyAssignment(db, sjovik('enhetschef'), input), NotFoundError);
    const norrvikAssignment = assignmentOf('medarbetare@norrvik.se', 2026);
    refused(norrvikAssignment, () => saveMyAssignment(db, sjovik('medarbetare'), { ...input, assignmentId: norrvikAssignment, revision: assignment(norrvikAssignment).revision }), NotFoundError);
    const norrvikActivities = planActivitiesOf('medarbetare@norrvik.se');
    refused(employeeAssignment, () => saveMyAssignment(db, norrvik('medarbetare'), { ...input, activityIds: [norrvikActivities[0]!] }), NotFoundError);
    refused(employeeAssignment, () => saveMyAssignment(db, sjovik('medarbetare'), { ...input, revision: revision - 1 }), ConflictError);
  });

  it('refuses someone without an employment, activities outside the unit’s plan, too long a contribution and a closed year', () => {
    refused(undefined, () => saveMyAssignment(db, sjovik('kf-ledamot'), draft({ description: DESCRIPTION, activityIds: [String(activityIds[0])] })), { key: 'assignments.errors.noEmployment' });
    const revision = assignment(employeeAssignment).revision;
    const input = draft({ assignmentId: String(employeeAssignment), revision: String(revision), description: DESCRIPTION, activityIds: [String(activityIds[0])] });
    const elsewhere = planActivitiesOf('medarbetare2@sjovik.se')[0]!;
    const norrvikActivity = planActivitiesOf('medarbetare@norrvik.se')[0]!;
    for (const outside of [elsewhere, norrvikActivity]) refused(employeeAssignment, () => saveMyAssignment(db, sjovik('medarbetare'), { ...input, activityIds: [activityIds[0]!, outside] }), { key: 'assignments.errors.activityOutsidePlan', field: 'activityIds' });
    refused(employeeAssignment, () => saveMyAssignment(db, sjovik('medarbetare'), { ...input, [contributionField(activityIds[0]!)]: 'x'.repeat(501) }), { key: 'validation.tooLong', field: contributionField(activityIds[0]!) });
    const lastYear = assignmentOf('medarbetare@sjovik.se', 2025);
    refused(lastYear, () => saveMyAssignment(db, sjovik('medarbetare'), { ...input, assignmentId: lastYear, revision: assignment(lastYear).revision }), { key: 'assignments.errors.yearClosed' });
  });
});

describe('confirming and agreeing an assignment', () => {
  const employee = () => sjovik('medarbetare');
  const manager = () => sjovik('enhetschef');
  const revision = () => assignment(employeeAssignment).revision;

  it('waits for the employee before the manager may agree, and lets nobody else confirm', () => {
    refused(employeeAssignment, () => confirmAssignment(db, manager(), { ...decision(employeeAssignment, revision()), as: 'manager' }), { key: 'assignments.errors.employeeNotConfirmed' });
    refused(employeeAssignment, () => confirmAssignment(db, sjovik('kollega'), { ...decision(employeeAssignment, revision()), as: 'employee' }), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, manager(), { ...decision(employeeAssignment, revision()), as: 'employee' }), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, norrvik('medarbetare'), { ...decision(employeeAssignment, revision()), as: 'employee' }), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, employee(), { ...decision(employeeAssignment, revision() - 1), as: 'employee' }), ConflictError);
    const lastYear = assignmentOf('medarbetare@sjovik.se', 2025);
    refused(lastYear, () => confirmAssignment(db, employee(), { ...decision(lastYear, assignment(lastYear).revision), as: 'employee' }), { key: 'assignments.errors.yearClosed' });
  });

  it('is confirmed by the employee, with a time stamp and an audit row', () => {
    const before = { revision: revision(), counts: counts() };
    confirmAssignment(db, employee(), { ...decision(employeeAssignment, before.revision), as: 'employee' });
    const row = assignment(employeeAssignment);
    expect(row).toMatchObject({ status: 'draft', managerConfirmedAt: null, revision: before.revision + 1 });
    expect(row.employeeConfirmedAt).not.toBeNull();
    expect(counts()).toEqual({ ...before.counts, audit: before.counts.audit + 1 });
    expect(lastAudit()).toMatchObject({ actor: employee().personId, action: 'assignment.confirmed_by_employee', objectType: 'assignment', objectId: employeeAssignment });
  });

  it('is agreed by the employee’s manager of now only, from the latest version', () => {
    const input = () => ({ ...decision(employeeAssignment, revision()), as: 'manager' as const });
    refused(employeeAssignment, () => confirmAssignment(db, employee(), input()), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, sjovik('enhetschef2'), input()), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, sjovik('hr'), input()), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, sjovik('forvaltningschef'), input()), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, norrvik('enhetschef'), input()), NotFoundError);
    const norrvikAssignment = assignmentOf('medarbetare@norrvik.se', 2026);
    refused(norrvikAssignment, () => confirmAssignment(db, manager(), { ...decision(norrvikAssignment, assignment(norrvikAssignment).revision), as: 'manager' }), NotFoundError);
    refused(employeeAssignment, () => confirmAssignment(db, manager(), { ...input(), revision: revision() - 1 }), ConflictError);
  });

  it('becomes agreed when the manager agrees, with their name, a time stamp and an audit row', () => {
    const before = { revision: revision(), counts: counts() };
    confirmAssignment(db, manager(), { ...decision(employeeAssignment, before.revision), as: 'manager' });
    const row = assignment(employeeAssignment);
    expect(row).toMatchObject({ status: 'agreed', managerPersonId: manager().personId, revision: before.revision + 1 });
    expect(row.managerConfirmedAt).not.toBeNull();
    expect(row.employeeConfirmedAt).not.toBeNull();
    expect(counts()).toEqual({ ...before.counts, audit: before.counts.audit + 1 });
    expect(lastAudit()).toMatchObject({ actor: manager().personId, action: 'assignment.agreed_by_manager', objectId: employeeAssignment });
  });
});
