import { addDays } from '@/lib/dates/calendar-date';
import { elevatedRolesOf, employmentRolesOf } from './roles';
import type { Parsed } from './rows';
import type { CurrentPerson, CurrentUnit, FieldChange, ImportPlan, ImportState, OrgRow, PersonChange, PersonCreate, PersonEnd, PersonRow, RowError, UnitChange, UnitClose, UnitCreate } from './types';

interface ImportFiles {
  org: Parsed<OrgRow> | null;
  people: Parsed<PersonRow> | null;
}

/**
 * Rows whose reference (parent unit, manager) points into a set that holds them again form a
 * cycle. Returns the keys on a cycle; `next` gives the key a row points at, undefined at the top.
 */
function keysOnCycles(keys: Iterable<string>, next: (key: string) => string | undefined): Set<string> {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  const onCycle = new Set<string>();
  for (const start of keys) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let key: string | undefined = start;
    while (key !== undefined && !state.has(key)) {
      state.set(key, 1);
      path.push(key);
      key = next(key);
    }
    if (key !== undefined && state.get(key) === 1) {
      for (let i = path.indexOf(key); i < path.length; i++) onCycle.add(path[i]!);
    }
    for (const k of path) state.set(k, 2);
  }
  return onCycle;
}

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

/**
 * Compares the files with the database and decides, row by row, what the import does: which
 * units and people are created, changed, moved, closed or ended, and which rows are refused and
 * why. A refused row leaves its unit or person exactly as it is (it is never taken for absent),
 * and a row that depends on a refused one is refused too. Nothing here reads or writes the
 * database; the same state and files always give the same plan.
 */
export function planImport(state: ImportState, files: ImportFiles, today: string): ImportPlan {
  // A unit manager named in the organisation file who will not be employed refuses the unit row;
  // that can refuse other rows again, so repeat until nothing more is refused (rarely twice).
  const forcedOrg = new Map<string, RowError>();
  for (;;) {
    const result = planOnce(state, files, today, forcedOrg);
    if (result.newlyForced.length === 0) return result.plan;
    for (const e of result.newlyForced) forcedOrg.set(e.key, e.error);
  }
}

function planOnce(state: ImportState, files: ImportFiles, today: string, forcedOrg: Map<string, RowError>) {
  const errors: RowError[] = [...(files.org?.errors ?? []), ...(files.people?.errors ?? [])];
  const unitById = new Map(state.units.map((u) => [u.id, u]));
  const unitByCode = new Map<string, CurrentUnit>();
  for (const u of state.units) if (u.code !== null) unitByCode.set(u.code, u);
  const personById = new Map(state.people.map((p) => [p.id, p]));
  const personByNumber = new Map<string, CurrentPerson>();
  for (const p of state.people) if (p.employeeNumber !== null) personByNumber.set(p.employeeNumber, p);

  // ---- Units -------------------------------------------------------------------------------
  const orgRows = new Map<string, OrgRow>();
  const refusedUnits = new Set(files.org?.refusedKeys ?? []);
  if (files.org) {
    for (const row of files.org.rows) {
      const first = orgRows.get(row.code);
      if (first) errors.push({ file: 'org', line: row.line, code: 'duplicateCode', params: { code: row.code, firstLine: first.line } });
      else orgRows.set(row.code, row);
    }
    for (const [code, error] of forcedOrg) {
      if (orgRows.delete(code)) {
        errors.push(error);
        refusedUnits.add(code);
      }
    }
  }
  const refuseUnit = (row: OrgRow, error: RowError) => {
    errors.push(error);
    orgRows.delete(row.code);
    refusedUnits.add(row.code);
  };
  /** A unit that exists, open, after the import: from the file, or kept as it is. */
  const unitAvailable = (code: string): boolean => {
    if (!files.org) return unitByCode.get(code)?.closed === false;
    if (orgRows.has(code)) return true;
    return refusedUnits.has(code) && unitByCode.get(code)?.closed === false;
  };

  if (files.org) {
    for (let changed = true; changed;) {
      changed = false;
      for (const row of [...orgRows.values()]) {
        if (row.parentCode !== null && !unitAvailable(row.parentCode)) {
          refuseUnit(row, { file: 'org', line: row.line, code: 'unknownParent', params: { code: row.parentCode } });
          changed = true;
        }
      }
      const cycle = keysOnCycles(orgRows.keys(), (code) => {
        const parent = orgRows.get(code)?.parentCode;
        return parent !== null && parent !== undefined && orgRows.has(parent) ? parent : undefined;
      });
      for (const code of cycle) {
        const row = orgRows.get(code)!;
        refuseUnit(row, { file: 'org', line: row.line, code: 'parentCycle', params: { code } });
        changed = true;
      }
      if (changed) continue;
      // Sibling names are unique (a database rule): check the tree as it will be.
      const parentKey = (code: string | null) => (code === null ? null : unitByCode.has(code) ? `id:${unitByCode.get(code)!.id}` : `new:${code}`);
      const taken = new Map<string, string>();
      for (const u of state.units) {
        if (u.parentId === null || (u.code !== null && orgRows.has(u.code))) continue;
        taken.set(`id:${u.parentId}\u0000${u.name}`, u.code ?? '');
      }
      for (const row of [...orgRows.values()].sort((a, b) => a.line - b.line)) {
        const key = parentKey(row.parentCode);
        if (key === null) continue;
        const sibling = `${key}\u0000${row.name}`;
        if (taken.has(sibling)) {
          refuseUnit(row, { file: 'org', line: row.line, code: 'nameTaken', params: { name: row.name } });
          changed = true;
        } else taken.set(sibling, row.code);
      }
    }
  }

  // ---- People ------------------------------------------------------------------------------
  const activeRows = new Map<string, PersonRow>();
  const leavingRows = new Map<string, PersonRow>();
  const refusedPeople = new Set(files.people?.refusedKeys ?? []);
  const refusePerson = (row: PersonRow, error: RowError) => {
    errors.push(error);
    activeRows.delete(row.employeeNumber);
    refusedPeople.add(row.employeeNumber);
  };
  if (files.people) {
    const seenEmail = new Map<string, number>();
    const seenNumber = new Map<string, number>();
    const accountOwner = new Map<string, number>();
    for (const p of state.people) if (p.account) accountOwner.set(p.account.email, p.id);
    for (const row of files.people.rows) {
      const firstLine = seenNumber.get(row.employeeNumber);
      if (firstLine !== undefined) {
        errors.push({ file: 'people', line: row.line, code: 'duplicateEmployeeNumber', params: { number: row.employeeNumber, firstLine } });
        continue;
      }
      seenNumber.set(row.employeeNumber, row.line);
      if (row.endDate !== null && row.endDate < today) {
        leavingRows.set(row.employeeNumber, row);
        continue;
      }
      if (row.email !== null) {
        const emailLine = seenEmail.get(row.email);
        const owner = accountOwner.get(row.email);
        if (emailLine !== undefined) {
          refusedPeople.add(row.employeeNumber);
          errors.push({ file: 'people', line: row.line, code: 'duplicateEmail', params: { email: row.email, firstLine: emailLine } });
          continue;
        }
        if (owner !== undefined && owner !== personByNumber.get(row.employeeNumber)?.id) {
          refusedPeople.add(row.employeeNumber);
          errors.push({ file: 'people', line: row.line, code: 'emailTaken', params: { email: row.email } });
          continue;
        }
        seenEmail.set(row.email, row.line);
      }
      if (!unitAvailable(row.unitCode)) {
        refusedPeople.add(row.employeeNumber);
        errors.push({ file: 'people', line: row.line, code: 'unknownUnit', params: { code: row.unitCode } });
        continue;
      }
      activeRows.set(row.employeeNumber, row);
    }
  }
  /** Someone employed after the import: from the file, or left as they are. */
  const personStays = (number: string): boolean => {
    if (!files.people) return personByNumber.get(number)?.current != null;
    if (activeRows.has(number)) return true;
    return refusedPeople.has(number) && personByNumber.get(number)?.current != null;
  };
  if (files.people) {
    for (let changed = true; changed;) {
      changed = false;
      for (const row of [...activeRows.values()]) {
        if (row.managerNumber !== null && row.managerNumber !== row.employeeNumber && !personStays(row.managerNumber)) {
          refusePerson(row, { file: 'people', line: row.line, code: 'unknownManager', params: { number: row.managerNumber } });
          changed = true;
        }
      }
      const cycle = keysOnCycles(activeRows.keys(), (number) => {
        const manager = activeRows.get(number)?.managerNumber;
        return manager !== null && manager !== undefined && activeRows.has(manager) ? manager : undefined;
      });
      for (const number of cycle) {
        const row = activeRows.get(number)!;
        refusePerson(row, { file: 'people', line: row.line, code: 'managerCycle', params: { number } });
        changed = true;
      }
    }
  }

  // A unit manager named in the organisation file must be employed after the import.
  const newlyForced: { key: string; error: RowError }[] = [];
  if (files.org?.hasChefColumn) {
    for (const row of orgRows.values()) {
      if (row.chefNumber && !personStays(row.chefNumber)) newlyForced.push({ key: row.code, error: { file: 'org', line: row.line, code: 'unknownChef', params: { number: row.chefNumber } } });
    }
  }
  if (newlyForced.length) return { plan: null as unknown as ImportPlan, newlyForced };

  // ---- Unit differences --------------------------------------------------------------------
  const codeOfUnit = (id: number | null) => (id === null ? null : (unitById.get(id)?.code ?? null));
  const numberOfPerson = (id: number | null) => (id === null ? null : (personById.get(id)?.employeeNumber ?? null));
  const units: ImportPlan['units'] = { created: [], changed: [], moved: [], closed: [], unchanged: 0 };
  for (const row of [...orgRows.values()].sort((a, b) => a.line - b.line)) {
    const existing = unitByCode.get(row.code);
    if (!existing) {
      const created: UnitCreate = { line: row.line, code: row.code, name: row.name, kind: row.kind, parentCode: row.parentCode };
      if (row.chefNumber !== undefined) created.chefNumber = row.chefNumber;
      units.created.push(created);
      continue;
    }
    const changes: FieldChange[] = [];
    if (existing.name !== row.name) changes.push({ field: 'name', from: existing.name, to: row.name });
    if (existing.kind !== row.kind) changes.push({ field: 'kind', from: existing.kind, to: row.kind });
    const currentParent = codeOfUnit(existing.parentId);
    // A unit hung under a body outside the HR tree (no code) stays there when the file gives no parent.
    const parentKept = row.parentCode === null && existing.parentId !== null && currentParent === null;
    const moved = !parentKept && currentParent !== row.parentCode;
    if (moved) changes.push({ field: 'parent', from: currentParent, to: row.parentCode });
    if (existing.closed) changes.push({ field: 'reopened', from: null, to: null });
    let chefNumber: string | null | undefined;
    if (row.chefNumber !== undefined) {
      const current = existing.managerPersonIds.map(numberOfPerson);
      const same = row.chefNumber === null ? current.length === 0 : current.length === 1 && current[0] === row.chefNumber;
      if (!same) {
        chefNumber = row.chefNumber;
        changes.push({ field: 'chef', from: current.filter((n) => n !== null).join(', ') || null, to: row.chefNumber });
      }
    }
    if (changes.length === 0) {
      units.unchanged++;
      continue;
    }
    const change: UnitChange = {
      line: row.line,
      unitId: existing.id,
      code: row.code,
      name: row.name,
      changes,
      target: { name: row.name, kind: row.kind, parentCode: parentKept ? currentParent : row.parentCode, reopen: existing.closed },
    };
    if (chefNumber !== undefined) change.chefNumber = chefNumber;
    (moved ? units.moved : units.changed).push(change);
  }

  // ---- People differences ------------------------------------------------------------------
  const people: ImportPlan['people'] = { created: [], changed: [], moved: [], ended: [], unchanged: 0 };
  const finalUnitOf = new Map<number, string>(); // person id -> unit code they work in afterwards
  for (const row of [...activeRows.values()].sort((a, b) => a.line - b.line)) {
    const existing = personByNumber.get(row.employeeNumber);
    if (!existing || !existing.current) {
      const created: PersonCreate = { line: row.line, row, returningPersonId: existing?.id ?? null, rolesDropped: existing ? employmentRolesOf(existing.roles) : [] };
      people.created.push(created);
      continue;
    }
    finalUnitOf.set(existing.id, row.unitCode);
    const changes: FieldChange[] = [];
    const compare = (field: string, from: string | null, to: string | null) => {
      if ((from ?? '') !== (to ?? '')) changes.push({ field, from, to });
    };
    compare('givenName', existing.givenName, row.givenName);
    compare('familyName', existing.familyName, row.familyName);
    compare('email', existing.email?.toLowerCase() ?? null, row.email);
    if (row.title !== undefined) compare('title', existing.current.title, row.title);
    compare('startDate', existing.runStart?.startDate ?? null, row.startDate);
    const otherChanges = changes.length;
    compare('unit', codeOfUnit(existing.current.unitId), row.unitCode);
    const currentManager = existing.current.managerPersonId;
    const currentManagerNumber = numberOfPerson(currentManager);
    // A manager outside the HR register (the kommundirektör answers to the KS chair) is kept when the file names none.
    const managerKept = row.managerNumber === null && currentManager !== null && currentManagerNumber === null;
    if (!managerKept) compare('manager', currentManagerNumber, row.managerNumber);
    if (changes.length === 0) {
      people.unchanged++;
      continue;
    }
    const change: PersonChange = { line: row.line, personId: existing.id, employeeNumber: row.employeeNumber, name: fullName(row), changes, row, startEmploymentId: existing.runStart?.employmentId ?? null };
    (changes.length > otherChanges ? people.moved : people.changed).push(change);
  }
  const leavers: PersonEnd[] = [];
  for (const p of state.people) {
    if (p.employeeNumber === null || !p.current) continue;
    const number = p.employeeNumber;
    if (!files.people || refusedPeople.has(number)) {
      finalUnitOf.set(p.id, codeOfUnit(p.current.unitId) ?? `#${p.current.unitId}`);
      continue;
    }
    if (activeRows.has(number)) continue;
    const leaving = leavingRows.get(number);
    // A person absent from today's file worked until yesterday.
    const endDate = leaving?.endDate ?? addDays(today, -1);
    leavers.push({ line: leaving?.line ?? null, personId: p.id, employeeNumber: number, name: fullName(p), endDate: endDate < p.current.startDate ? p.current.startDate : endDate, rolesLost: employmentRolesOf(p.roles) });
  }
  people.ended = leavers.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || a.employeeNumber.localeCompare(b.employeeNumber));

  // ---- Units that are gone from the file ---------------------------------------------------
  if (files.org) {
    const staffed = new Set<string>(finalUnitOf.values());
    for (const r of people.created) staffed.add(r.row.unitCode);
    const closed: UnitClose[] = [];
    for (const u of state.units) {
      if (u.code === null || u.closed || orgRows.has(u.code) || refusedUnits.has(u.code)) continue;
      if (staffed.has(u.code) || state.unitsWithOtherStaff.has(u.id)) {
        errors.push({ file: 'org', line: null, code: 'unitHasStaff', params: { code: u.code, name: u.name } });
        continue;
      }
      closed.push({ unitId: u.id, code: u.code, name: u.name });
    }
    units.closed = closed.sort((a, b) => a.code.localeCompare(b.code));
  }

  errors.sort((a, b) => (a.file === b.file ? 0 : a.file === 'org' ? -1 : 1) || (a.line ?? Infinity) - (b.line ?? Infinity));
  const plan: ImportPlan = { today, units, people, errors };
  return { plan, newlyForced };
}

/** The counts a dry run and a real run report, and the audit row records. */
export function planCounts(plan: ImportPlan) {
  return {
    units: { created: plan.units.created.length, changed: plan.units.changed.length, moved: plan.units.moved.length, closed: plan.units.closed.length, unchanged: plan.units.unchanged },
    people: { created: plan.people.created.length, changed: plan.people.changed.length, moved: plan.people.moved.length, ended: plan.people.ended.length, unchanged: plan.people.unchanged },
    /** People who lose more than a plain employee's role: leavers, and returning people holding old roles. */
    rolesRevoked: plan.people.ended.filter((p) => elevatedRolesOf(p.rolesLost).length > 0).length + plan.people.created.filter((p) => elevatedRolesOf(p.rolesDropped).length > 0).length,
    errors: plan.errors.length,
  };
}
