import type { Db } from '@/db/connection';
import type { OrgUnitKind } from '@/lib/domain/org-units';
import type { Role } from '@/lib/domain/roles';
import { addDays } from '@/lib/dates/calendar-date';
import { EMPLOYMENT_ROLES } from './roles';
import type { CurrentPerson, CurrentUnit, ImportPlan, ImportState } from './types';

type Sqlite = Db['$client'];

/**
 * Reads what the import compares with, in a handful of queries (50,000 employees must load in a
 * second or two, so no query per person). Only the municipality's own rows are read.
 */
export function loadImportState(sqlite: Sqlite, municipalityId: number): ImportState {
  const unitRows = sqlite.prepare('SELECT id, code, name, parent_id AS parentId, kind, closed_at IS NOT NULL AS closed FROM org_units WHERE municipality_id = ?').all(municipalityId) as { id: number; code: string | null; name: string; parentId: number | null; kind: OrgUnitKind; closed: number }[];
  const units = new Map<number, CurrentUnit>(unitRows.map((u) => [u.id, { ...u, closed: u.closed === 1, managerPersonIds: [] }]));
  const managerRoles = sqlite.prepare("SELECT r.person_id AS personId, r.org_unit_id AS unitId FROM role_assignments r JOIN people p ON p.id = r.person_id WHERE r.role = 'unit_manager' AND p.municipality_id = ? ORDER BY r.id").all(municipalityId) as { personId: number; unitId: number | null }[];
  for (const r of managerRoles) if (r.unitId !== null) units.get(r.unitId)?.managerPersonIds.push(r.personId);

  const personRows = sqlite
    .prepare(
      `SELECT p.id, p.employee_number AS employeeNumber, p.given_name AS givenName, p.family_name AS familyName, p.email, p.title,
              a.id AS accountId, a.email AS accountEmail, a.active AS accountActive
       FROM people p LEFT JOIN accounts a ON a.person_id = p.id WHERE p.municipality_id = ?`,
    )
    .all(municipalityId) as { id: number; employeeNumber: string | null; givenName: string; familyName: string; email: string | null; title: string | null; accountId: number | null; accountEmail: string | null; accountActive: number | null }[];
  const people = new Map<number, CurrentPerson>(
    personRows.map((p) => [
      p.id,
      {
        id: p.id,
        employeeNumber: p.employeeNumber,
        givenName: p.givenName,
        familyName: p.familyName,
        email: p.email,
        title: p.title,
        current: null,
        runStart: null,
        account: p.accountId === null ? null : { id: p.accountId, email: p.accountEmail!, active: p.accountActive === 1 },
        roles: [],
      },
    ]),
  );
  const roleRows = sqlite.prepare('SELECT DISTINCT r.person_id AS personId, r.role FROM role_assignments r JOIN people p ON p.id = r.person_id WHERE p.municipality_id = ? ORDER BY r.person_id, r.role').all(municipalityId) as { personId: number; role: Role }[];
  for (const r of roleRows) people.get(r.personId)?.roles.push(r.role);
  const employmentRows = sqlite
    .prepare(
      `SELECT e.id, e.person_id AS personId, e.unit_id AS unitId, e.manager_person_id AS managerPersonId, e.title, e.start_date AS startDate, e.end_date AS endDate
       FROM employments e JOIN people p ON p.id = e.person_id WHERE p.municipality_id = ? ORDER BY e.person_id, e.start_date, e.id`,
    )
    .all(municipalityId) as { id: number; personId: number; unitId: number; managerPersonId: number | null; title: string; startDate: string; endDate: string | null }[];
  const unitsWithOtherStaff = new Set<number>();
  // Employments arrive per person in start order: a run continues while the next one starts no
  // later than the day after the previous one ended (a move ends one and starts the next).
  let run: { personId: number; employmentId: number; startDate: string; lastEnd: string | null } | null = null;
  for (const e of employmentRows) {
    if (!run || run.personId !== e.personId || (run.lastEnd !== null && addDays(e.startDate, -1) > run.lastEnd)) {
      run = { personId: e.personId, employmentId: e.id, startDate: e.startDate, lastEnd: null };
    }
    run.lastEnd = e.endDate;
    const person = people.get(e.personId);
    if (!person || e.endDate !== null) continue;
    if (person.employeeNumber === null) unitsWithOtherStaff.add(e.unitId);
    person.current = { employmentId: e.id, unitId: e.unitId, managerPersonId: e.managerPersonId, startDate: e.startDate, title: e.title };
    person.runStart = { employmentId: run.employmentId, startDate: run.startDate };
  }
  return { units: [...units.values()], people: [...people.values()], unitsWithOtherStaff };
}

const DEFAULT_TITLE = 'Medarbetare';

/**
 * Carries out a plan. The caller runs it inside one IMMEDIATE transaction together with the audit
 * row, so a failure leaves nothing half written. People who leave keep every row of their history
 * (employments get an end date; talks and follow-ups are not touched) and lose access: their
 * account is deactivated and its session version raised, which ends an open session at once, and
 * every role that comes with a job ends (features/import/roles.ts), elevated ones too.
 */
export function applyImportPlan(sqlite: Sqlite, municipalityId: number, plan: ImportPlan): void {
  const today = plan.today;
  const nowSeconds = Math.floor(Date.now() / 1000);
  const unitIdByCode = new Map<string, number>();
  for (const r of sqlite.prepare('SELECT id, code FROM org_units WHERE municipality_id = ? AND code IS NOT NULL').all(municipalityId) as { id: number; code: string }[]) unitIdByCode.set(r.code, r.id);
  const personIdByNumber = new Map<string, number>();
  for (const r of sqlite.prepare('SELECT id, employee_number AS n FROM people WHERE municipality_id = ? AND employee_number IS NOT NULL').all(municipalityId) as { id: number; n: string }[]) personIdByNumber.set(r.n, r.id);
  const unitId = (code: string) => {
    const id = unitIdByCode.get(code);
    if (id === undefined) throw new Error(`Enhetskoden ${code} saknas`);
    return id;
  };
  const personId = (number: string | null) => {
    if (number === null) return null;
    const id = personIdByNumber.get(number);
    if (id === undefined) throw new Error(`Anställningsnumret ${number} saknas`);
    return id;
  };

  // Units: new ones parents first (a parent may itself be new), then changes and moves.
  const insertUnit = sqlite.prepare("INSERT INTO org_units (municipality_id, parent_id, kind, side, name, code, sort_order) VALUES (?, ?, ?, 'administrative', ?, ?, ?)");
  let pending = plan.units.created;
  while (pending.length) {
    const later = pending.filter((u) => u.parentCode !== null && !unitIdByCode.has(u.parentCode));
    if (later.length === pending.length) throw new Error('Enheternas överordnade enheter kunde inte ordnas');
    for (const u of pending) {
      if (later.includes(u)) continue;
      const id = Number(insertUnit.run(municipalityId, u.parentCode === null ? null : unitId(u.parentCode), u.kind, u.name, u.code, u.line).lastInsertRowid);
      unitIdByCode.set(u.code, id);
    }
    pending = later;
  }
  const updateUnit = sqlite.prepare('UPDATE org_units SET name = ?, kind = ?, parent_id = ?, closed_at = CASE WHEN ? THEN NULL ELSE closed_at END WHERE id = ?');
  const parentIdOf = sqlite.prepare('SELECT parent_id AS parentId FROM org_units WHERE id = ?');
  for (const u of [...plan.units.changed, ...plan.units.moved]) {
    const current = parentIdOf.get(u.unitId) as { parentId: number | null };
    const parentId = u.target.parentCode === null ? (u.changes.some((c) => c.field === 'parent') ? null : current.parentId) : unitId(u.target.parentCode);
    updateUnit.run(u.target.name, u.target.kind, parentId, u.target.reopen ? 1 : 0, u.unitId);
  }

  // People: every new person first, so a new employee may have a new manager.
  const insertPerson = sqlite.prepare('INSERT INTO people (municipality_id, employee_number, given_name, family_name, email, title) VALUES (?, ?, ?, ?, ?, ?)');
  const updatePerson = sqlite.prepare('UPDATE people SET given_name = ?, family_name = ?, email = ?, title = COALESCE(?, title) WHERE id = ?');
  const updateAccountEmail = sqlite.prepare('UPDATE accounts SET email = ? WHERE person_id = ? AND email <> ?');
  for (const c of plan.people.created) {
    const r = c.row;
    if (c.returningPersonId !== null) {
      updatePerson.run(r.givenName, r.familyName, r.email, r.title ?? null, c.returningPersonId);
      if (r.email) updateAccountEmail.run(r.email, c.returningPersonId, r.email);
    } else {
      personIdByNumber.set(r.employeeNumber, Number(insertPerson.run(municipalityId, r.employeeNumber, r.givenName, r.familyName, r.email, r.title || null).lastInsertRowid));
    }
  }
  const insertEmployment = sqlite.prepare('INSERT INTO employments (person_id, unit_id, manager_person_id, title, start_date) VALUES (?, ?, ?, ?, ?)');
  const insertRole = sqlite.prepare("INSERT INTO role_assignments (person_id, role, org_unit_id) VALUES (?, 'employee', ?)");
  // Every role that comes with a job; a politician's mandate is not the HR register's to end.
  const dropEmploymentRoles = sqlite.prepare(`DELETE FROM role_assignments WHERE person_id = ? AND role IN (${EMPLOYMENT_ROLES.map((r) => `'${r}'`).join(', ')})`);
  const lastEndOf = sqlite.prepare('SELECT MAX(end_date) AS lastEnd FROM employments WHERE person_id = ?');
  const reactivate = sqlite.prepare('UPDATE accounts SET active = 1 WHERE person_id = ?');
  for (const c of plan.people.created) {
    const r = c.row;
    const id = personId(r.employeeNumber)!;
    let start = r.startDate;
    if (c.returningPersonId !== null) {
      // A returning employee's new employment cannot start before the last one ended.
      const { lastEnd } = lastEndOf.get(id) as { lastEnd: string | null };
      if (lastEnd !== null && start <= lastEnd) start = today;
      reactivate.run(id);
      // A return is a new employment: the roles of the old one do not come back with it.
      dropEmploymentRoles.run(id);
    }
    insertEmployment.run(id, unitId(r.unitCode), personId(r.managerNumber), r.title || DEFAULT_TITLE, start);
    insertRole.run(id, unitId(r.unitCode));
  }

  const currentEmployment = sqlite.prepare('SELECT id, unit_id AS unitId, manager_person_id AS managerPersonId, start_date AS startDate, title FROM employments WHERE person_id = ? AND end_date IS NULL ORDER BY start_date DESC, id DESC LIMIT 1');
  const endEmployment = sqlite.prepare('UPDATE employments SET end_date = ? WHERE id = ?');
  const setManager = sqlite.prepare('UPDATE employments SET manager_person_id = ? WHERE id = ?');
  const setTitle = sqlite.prepare('UPDATE employments SET title = ? WHERE id = ?');
  const setStart = sqlite.prepare('UPDATE employments SET start_date = ? WHERE id = ?');
  const moveRole = sqlite.prepare("UPDATE role_assignments SET org_unit_id = ? WHERE person_id = ? AND role = 'employee'");
  for (const c of [...plan.people.changed, ...plan.people.moved]) {
    const r = c.row;
    const fields = new Set(c.changes.map((x) => x.field));
    updatePerson.run(r.givenName, r.familyName, r.email, r.title ?? null, c.personId);
    if (fields.has('email') && r.email) updateAccountEmail.run(r.email, c.personId, r.email);
    let current = currentEmployment.get(c.personId) as { id: number; unitId: number; managerPersonId: number | null; startDate: string; title: string };
    if (fields.has('startDate')) {
      // The "employed from" date belongs to the first employment of the unbroken run.
      setStart.run(r.startDate, c.startEmploymentId ?? current.id);
      current = currentEmployment.get(c.personId) as typeof current;
    }
    const managerId = fields.has('manager') ? personId(r.managerNumber) : current.managerPersonId;
    if (fields.has('unit')) {
      // A move ends the employment in the old unit and starts one in the new: the history stays.
      const title = r.title ?? current.title;
      endEmployment.run(current.startDate > addDays(today, -1) ? current.startDate : addDays(today, -1), current.id);
      insertEmployment.run(c.personId, unitId(r.unitCode), managerId, title, today);
      moveRole.run(unitId(r.unitCode), c.personId);
    } else {
      if (fields.has('manager')) setManager.run(managerId, current.id);
      if (fields.has('title') && r.title !== undefined) setTitle.run(r.title, current.id);
    }
  }

  const deactivate = sqlite.prepare('UPDATE accounts SET active = 0, session_version = session_version + 1 WHERE person_id = ?');
  for (const e of plan.people.ended) {
    const current = currentEmployment.get(e.personId) as { id: number } | undefined;
    if (current) endEmployment.run(e.endDate, current.id);
    deactivate.run(e.personId);
    dropEmploymentRoles.run(e.personId);
  }

  // The unit manager role follows the organisation file's manager column.
  const dropChefs = sqlite.prepare("DELETE FROM role_assignments WHERE org_unit_id = ? AND role = 'unit_manager'");
  const addChef = sqlite.prepare("INSERT INTO role_assignments (person_id, role, org_unit_id) VALUES (?, 'unit_manager', ?)");
  const chefChanges: { unitId: number; chefNumber: string | null }[] = [
    ...plan.units.created.filter((u) => u.chefNumber).map((u) => ({ unitId: unitId(u.code), chefNumber: u.chefNumber! })),
    ...[...plan.units.changed, ...plan.units.moved].filter((u) => u.chefNumber !== undefined).map((u) => ({ unitId: u.unitId, chefNumber: u.chefNumber! })),
  ];
  for (const c of chefChanges) {
    dropChefs.run(c.unitId);
    if (c.chefNumber !== null) addChef.run(personId(c.chefNumber), c.unitId);
  }

  const closeUnit = sqlite.prepare('UPDATE org_units SET closed_at = ? WHERE id = ?');
  for (const u of plan.units.closed) closeUnit.run(nowSeconds, u.unitId);
}
