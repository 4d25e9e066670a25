import { municipalities, orgUnits, people, employments, roleAssignments } from '../schema';
import { BulkInserter } from './bulk-insert';
import { BOARDS, UNIT_TYPES, type UnitType } from './content';
import { FAMILY_NAMES, GIVEN_NAMES, PLACE_ENDINGS, PLACE_STEMS, asciiSlug } from './names';
import type { Employee, Organisation, SeedContext, StaffedUnit } from './context';

/** Builds KF, KS, the boards, their administrations with departments and units, and everyone in them. */
export function seedOrganisation(ctx: SeedContext): Organisation {
  const { sqlite, rng, preset, nextId } = ctx;
  const unitIns = new BulkInserter(sqlite, orgUnits, ['id', 'municipalityId', 'parentId', 'kind', 'side', 'name', 'shortName', 'code', 'servedByUnitId', 'sortOrder']);
  const personIns = new BulkInserter(sqlite, people, ['id', 'municipalityId', 'employeeNumber', 'givenName', 'familyName', 'email', 'title']);
  const employmentIns = new BulkInserter(sqlite, employments, ['id', 'personId', 'unitId', 'managerPersonId', 'title', 'startDate']);
  const roleIns = new BulkInserter(sqlite, roleAssignments, ['id', 'personId', 'role', 'orgUnitId', 'label']);

  new BulkInserter(sqlite, municipalities, ['id', 'name', 'scbCode']).insert({ id: ctx.municipalityId, name: ctx.municipality.name, scbCode: ctx.municipality.scbCode });

  const names = new Map<number, { given: string; family: string }>();
  const emailsTaken = new Map<string, number>();
  const pendingPeople: { id: number; employeeNumber: string | null; given: string; family: string; title: string; domain: string }[] = [];
  const emailOverride = new Map<number, string>();

  function newPerson(title: string, employee: boolean): number {
    const id = nextId('people');
    const given = rng.pick(GIVEN_NAMES);
    const family = rng.pick(FAMILY_NAMES);
    names.set(id, { given, family });
    pendingPeople.push({
      id,
      employeeNumber: employee ? `A${String(100000 + id)}` : null,
      given,
      family,
      title,
      domain: employee ? ctx.municipality.emailDomain : `politik.${ctx.municipality.emailDomain}`,
    });
    return id;
  }

  const employees: Employee[] = [];
  function employ(personId: number, unitId: number, managerPersonId: number, title: string) {
    const startYear = rng.int(1998, 2024);
    employmentIns.insert({ id: nextId('employments'), personId, unitId, managerPersonId, title, startDate: `${startYear}-${String(rng.int(1, 12)).padStart(2, '0')}-01` });
    roleIns.insert({ id: nextId('roles'), personId, role: 'employee', orgUnitId: unitId, label: null });
    employees.push({ personId, unitId, managerPersonId, title });
  }

  function addUnit(parentId: number | null, kind: string, side: 'political' | 'administrative', name: string, sortOrder: number, shortName: string | null = null): number {
    const id = nextId('org_units');
    // The administrative units carry the HR system's unit code (enhetskod), as an imported tree would.
    const code = side === 'administrative' ? `E${String(id).padStart(4, '0')}` : null;
    unitIns.insert({ id, municipalityId: ctx.municipalityId, parentId, kind, side, name, shortName, code, servedByUnitId: null, sortOrder });
    return id;
  }

  // The political organisation.
  const councilId = addUnit(null, 'council', 'political', 'Kommunfullmäktige', 0, 'KF');
  const boardUnitIds = BOARDS.map((b, i) => addUnit(councilId, b.kind, 'political', b.name, i + 1, b.shortName));

  // Politicians: KF's members, KS drawn from KF, each board half from KF and half from outside it.
  const councilMemberIds = Array.from({ length: preset.councilMembers }, () => newPerson('Ledamot i kommunfullmäktige', false));
  councilMemberIds.forEach((id, i) => roleIns.insert({ id: nextId('roles'), personId: id, role: 'council_member', orgUnitId: councilId, label: i === 0 ? 'ordförande' : 'ledamot' }));
  // The last council members sit on no board, so that every kind of politician exists in the demo.
  const onBoardsPool = councilMemberIds.slice(0, Math.max(1, councilMemberIds.length - 5));
  const boardMemberIds = BOARDS.map((_, i) => {
    const fromCouncil = rng.sample(onBoardsPool.slice(1), Math.ceil(preset.boardMembers / 2));
    const others = Array.from({ length: preset.boardMembers - fromCouncil.length }, () => newPerson('Förtroendevald', false));
    const members = [...fromCouncil, ...others];
    members.forEach((personId, j) =>
      roleIns.insert({
        id: nextId('roles'),
        personId,
        role: 'board_member',
        orgUnitId: boardUnitIds[i]!,
        label: j === 0 ? 'ordförande' : j === 1 ? 'vice ordförande' : 'ledamot',
      }),
    );
    return members;
  });
  const executiveBoardChairPersonId = boardMemberIds[0]![0]!;

  // The administrative organisation: the municipal office with the kommundirektör at the top.
  const usedNames = new Set<string>();
  function placeName(): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const stem = rng.pick(PLACE_STEMS);
      const ending = rng.pick(PLACE_ENDINGS);
      const candidate = stem.endsWith(ending[0]!) && ending[0] === stem[stem.length - 1] ? stem + ending.slice(1) : stem + ending;
      if (!usedNames.has(candidate)) {
        usedNames.add(candidate);
        return candidate;
      }
    }
    // A large preset runs out of plain names: number the rest like a real district ("Björkhagen 2").
    const base = rng.pick(PLACE_STEMS) + rng.pick(PLACE_ENDINGS);
    let n = 2;
    while (usedNames.has(`${base} ${n}`)) n++;
    usedNames.add(`${base} ${n}`);
    return `${base} ${n}`;
  }

  const totalShare = BOARDS.reduce((s, b) => s + b.unitShare, 0);
  const unitsPerBoard = BOARDS.map((b) => Math.max(b.departments.length, Math.round((preset.units * b.unitShare) / totalShare)));
  // Spread the planned employees over the units by each unit type's usual size.
  const plannedUnits: { boardIndex: number; departmentIndex: number; type: UnitType }[] = [];
  BOARDS.forEach((b, bi) => {
    for (let u = 0; u < unitsPerBoard[bi]!; u++) {
      const departmentIndex = u < b.departments.length ? u : rng.int(0, b.departments.length - 1);
      plannedUnits.push({ boardIndex: bi, departmentIndex, type: rng.pick(b.departments[departmentIndex]!.unitTypes) });
    }
  });
  const departmentCount = BOARDS.reduce((s, b) => s + b.departments.length, 0);
  const overhead = BOARDS.length * 6 + departmentCount * 3;
  const baseTotal = plannedUnits.reduce((s, u) => s + UNIT_TYPES[u.type].size, 0);
  const scale = Math.max(0.2, (preset.employees - overhead) / baseTotal);

  const staffedUnits: StaffedUnit[] = [];
  const officeId = addUnit(null, 'municipal_office', 'administrative', BOARDS[0]!.administration.name, 0, BOARDS[0]!.administration.shortName);
  const municipalDirectorPersonId = newPerson('Kommundirektör', true);
  employ(municipalDirectorPersonId, officeId, executiveBoardChairPersonId, 'Kommundirektör');
  roleIns.insert({ id: nextId('roles'), personId: municipalDirectorPersonId, role: 'municipal_director', orgUnitId: officeId, label: null });

  const boards: Organisation['boards'] = [];
  BOARDS.forEach((spec, bi) => {
    const isOffice = spec.administration.kind === 'municipal_office';
    const administrationId = isOffice ? officeId : addUnit(officeId, 'administration', 'administrative', spec.administration.name, bi, spec.administration.shortName);
    const directorPersonId = isOffice ? municipalDirectorPersonId : newPerson(spec.administration.directorTitle, true);
    if (!isOffice) {
      employ(directorPersonId, administrationId, municipalDirectorPersonId, spec.administration.directorTitle);
      roleIns.insert({ id: nextId('roles'), personId: directorPersonId, role: 'administration_director', orgUnitId: administrationId, label: null });
    }
    boards.push({ spec, boardId: boardUnitIds[bi]!, administrationId, directorPersonId });

    // The administration's own staff: controllers, administrators, strategists.
    const officeStaff = [directorPersonId];
    const staffCount = Math.max(2, Math.round(3 * Math.sqrt(scale)));
    for (let s = 0; s < staffCount; s++) {
      const title = rng.pick(['Controller', 'Utvecklingsstrateg', 'Administratör', 'Kvalitetsutvecklare']);
      const id = newPerson(title, true);
      employ(id, administrationId, directorPersonId, title);
      officeStaff.push(id);
    }
    staffedUnits.push({ unitId: administrationId, name: spec.administration.name, boardIndex: bi, managerPersonId: directorPersonId, memberPersonIds: officeStaff, kind: isOffice ? 'municipal_office' : 'administration' });

    spec.departments.forEach((dep, di) => {
      const departmentId = addUnit(administrationId, 'department', 'administrative', dep.name, di);
      const headId = newPerson('Avdelningschef', true);
      employ(headId, departmentId, directorPersonId, 'Avdelningschef');
      roleIns.insert({ id: nextId('roles'), personId: headId, role: 'unit_manager', orgUnitId: departmentId, label: null });
      const depStaff = [headId];
      for (let s = 0; s < 2; s++) {
        const title = rng.pick(['Verksamhetsutvecklare', 'Samordnare', 'Administratör']);
        const id = newPerson(title, true);
        employ(id, departmentId, headId, title);
        depStaff.push(id);
      }
      staffedUnits.push({ unitId: departmentId, name: dep.name, boardIndex: bi, managerPersonId: headId, memberPersonIds: depStaff, kind: 'department' });

      plannedUnits
        .filter((u) => u.boardIndex === bi && u.departmentIndex === di)
        .forEach((planned, ui) => {
          const type = UNIT_TYPES[planned.type];
          const unitName = type.name(placeName());
          const unitId = addUnit(departmentId, 'unit', 'administrative', unitName, ui);
          const managerId = newPerson(type.managerTitle, true);
          employ(managerId, unitId, headId, type.managerTitle);
          roleIns.insert({ id: nextId('roles'), personId: managerId, role: 'unit_manager', orgUnitId: unitId, label: null });
          const members = [managerId];
          const size = Math.max(3, Math.round(type.size * scale * (0.75 + rng.next() * 0.5)));
          for (let s = 1; s < size; s++) {
            const title = rng.pick(type.staffTitles);
            const id = newPerson(title, true);
            employ(id, unitId, managerId, title);
            members.push(id);
          }
          staffedUnits.push({ unitId, name: unitName, boardIndex: bi, managerPersonId: managerId, memberPersonIds: members, kind: 'unit', unitType: planned.type });
        });
    });
  });

  // Each board is served by its administration: the line between WHAT and HOW.
  const link = sqlite.prepare('UPDATE org_units SET served_by_unit_id = ? WHERE id = ?');
  for (const b of boards) link.run(b.administrationId, b.boardId);

  const finishPeople = () => {
    for (const p of pendingPeople) {
      let email = emailOverride.get(p.id);
      if (!email) {
        const local = `${asciiSlug(p.given)}.${asciiSlug(p.family)}`;
        const n = (emailsTaken.get(`${local}@${p.domain}`) ?? 0) + 1;
        emailsTaken.set(`${local}@${p.domain}`, n);
        email = `${local}${n > 1 ? n : ''}@${p.domain}`;
      }
      personIns.insert({ id: p.id, municipalityId: ctx.municipalityId, employeeNumber: p.employeeNumber, givenName: p.given, familyName: p.family, email, title: p.title });
    }
  };

  const organisation: Organisation & { finishPeople: () => void } = {
    councilId,
    boards,
    staffedUnits,
    employees,
    municipalDirectorPersonId,
    executiveBoardChairPersonId,
    councilMemberIds,
    boardMemberIds,
    politicianCount: new Set([...councilMemberIds, ...boardMemberIds.flat()]).size,
    personName: (id) => {
      const n = names.get(id);
      return n ? `${n.given} ${n.family}` : '';
    },
    setEmail: (id, email) => emailOverride.set(id, email),
    finishPeople,
  };
  return organisation;
}
