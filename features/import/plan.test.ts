import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates/calendar-date';
import { planCounts, planImport } from './plan';
import { parseOrgFile, parsePeopleFile } from './rows';
import type { CurrentPerson, CurrentUnit, ImportState } from './types';

const TODAY = '2026-11-23';
const ORG_HEADER = 'Enhetskod;Enhetsnamn;Överordnad enhetskod;Typ;Chefens anställningsnummer';
const PEOPLE_HEADER = 'Anställningsnummer;Förnamn;Efternamn;E-post;Enhetskod;Chefens anställningsnummer;Anställd från;Anställd till';

const unit = (id: number, code: string, name: string, parentId: number | null, kind: CurrentUnit['kind'], managerPersonIds: number[] = []): CurrentUnit => ({ id, code, name, parentId, kind, closed: false, managerPersonIds });
const person = (id: number, number: string, given: string, unitId: number, managerPersonId: number | null, account = false): CurrentPerson => ({
  id,
  employeeNumber: number,
  givenName: given,
  familyName: 'Berg',
  email: `${given.toLowerCase()}@kommun.se`,
  title: null,
  current: { employmentId: id * 10, unitId, managerPersonId, startDate: '2020-01-01', title: 'Lärare' },
  runStart: { employmentId: id * 10, startDate: '2020-01-01' },
  account: account ? { id, email: `${given.toLowerCase()}@kommun.se`, active: true } : null,
  roles: ['employee'],
});

/** An administration with two units; Anna leads it, Bo leads Norr, Cia and Dan work in Norr. */
function state(): ImportState {
  return {
    units: [unit(1, 'F1', 'Förvaltningen', null, 'administration'), unit(2, 'N', 'Norr', 1, 'unit', [2]), unit(3, 'S', 'Söder', 1, 'unit')],
    people: [person(1, 'A1', 'Anna', 1, null), person(2, 'A2', 'Bo', 2, 1), person(3, 'A3', 'Cia', 3 - 1, 2, true), person(4, 'A4', 'Dan', 2, 2, true)],
    unitsWithOtherStaff: new Set(),
  };
}
const orgLines = ['F1;Förvaltningen;;Förvaltning;', 'N;Norr;F1;Enhet;A2', 'S;Söder;F1;Enhet;'];
const peopleLines = ['A1;Anna;Berg;anna@kommun.se;F1;;2020-01-01;', 'A2;Bo;Berg;bo@kommun.se;N;A1;2020-01-01;', 'A3;Cia;Berg;cia@kommun.se;N;A2;2020-01-01;', 'A4;Dan;Berg;dan@kommun.se;N;A2;2020-01-01;'];
const files = (org: string[] | null, people: string[] | null) => ({
  org: org ? parseOrgFile([ORG_HEADER, ...org].join('\r\n')) : null,
  people: people ? parsePeopleFile([PEOPLE_HEADER, ...people].join('\r\n')) : null,
});

describe('comparing the HR files with the database', () => {
  it('changes nothing when the files say what the database holds', () => {
    const plan = planImport(state(), files(orgLines, peopleLines), TODAY);
    expect(planCounts(plan)).toEqual({ units: { created: 0, changed: 0, moved: 0, closed: 0, unchanged: 3 }, people: { created: 0, changed: 0, moved: 0, ended: 0, unchanged: 4 }, rolesRevoked: 0, errors: 0 });
  });

  it('sees a move to another unit and a new manager as a move, a new name as a change', () => {
    const people = [...peopleLines];
    people[2] = 'A3;Cia;Berg;cia@kommun.se;S;A1;2020-01-01;';
    people[3] = 'A4;Dana;Berg;dan@kommun.se;N;A2;2020-01-01;';
    const plan = planImport(state(), files(null, people), TODAY);
    expect(plan.people.moved.map((m) => [m.employeeNumber, m.changes])).toEqual([
      [
        'A3',
        [
          { field: 'unit', from: 'N', to: 'S' },
          { field: 'manager', from: 'A2', to: 'A1' },
        ],
      ],
    ]);
    expect(plan.people.changed.map((m) => [m.employeeNumber, m.changes])).toEqual([['A4', [{ field: 'givenName', from: 'Dan', to: 'Dana' }]]]);
  });

  it('ends someone absent from the file as of yesterday, and someone whose end date passed as of that date', () => {
    const people = [peopleLines[0]!, peopleLines[1]!, 'A3;Cia;Berg;cia@kommun.se;N;A2;2020-01-01;2026-10-31'];
    const plan = planImport(state(), files(null, people), TODAY);
    expect(plan.people.ended.map((e) => [e.line, e.employeeNumber, e.endDate])).toEqual([
      [4, 'A3', '2026-10-31'],
      [null, 'A4', addDays(TODAY, -1)],
    ]);
    // An end date still to come changes nothing yet: the person works until then.
    const later = planImport(state(), files(null, [...peopleLines.slice(0, 3), 'A4;Dan;Berg;dan@kommun.se;N;A2;2020-01-01;2026-12-31']), TODAY);
    expect(planCounts(later).people).toMatchObject({ ended: 0, unchanged: 4 });
  });

  it('creates new units and people, new units under new units, new people under new managers', () => {
    const org = [...orgLines, 'V;Väster;F1;Enhet;A5', 'V1;Väster kväll;V;Arbetsplats;'];
    const people = [...peopleLines, 'A5;Eva;Ek;eva@kommun.se;V;A1;2026-11-01;', 'A6;Fia;Ek;;V1;A5;2026-11-01;'];
    const plan = planImport(state(), files(org, people), TODAY);
    expect(plan.units.created.map((u) => [u.code, u.parentCode, u.kind, u.chefNumber])).toEqual([
      ['V', 'F1', 'unit', 'A5'],
      ['V1', 'V', 'workplace', null],
    ]);
    expect(plan.people.created.map((p) => p.row.employeeNumber)).toEqual(['A5', 'A6']);
    expect(plan.errors).toEqual([]);
  });

  it('refuses rows with unknown units or managers, duplicates and manager cycles, and leaves those people as they are', () => {
    const people = [
      peopleLines[0]!,
      peopleLines[1]!,
      'A3;Cia;Berg;cia@kommun.se;X9;A2;2020-01-01;', // unknown unit: Cia stays where she is
      'A4;Dan;Berg;dan@kommun.se;N;A99;2020-01-01;', // unknown manager: Dan stays
      'A2;Bo;Berg;bo2@kommun.se;N;A1;2020-01-01;', // duplicate employee number
      'B1;Gun;Ek;gun@kommun.se;N;B2;2026-01-01;', // B1 and B2 manage each other
      'B2;Hans;Ek;hans@kommun.se;N;B1;2026-01-01;',
      'B3;Ida;Ek;ida@kommun.se;N;B1;2026-01-01;', // her manager's row is refused, so she is too
      'B4;Jon;Ek;anna@kommun.se;N;A1;2026-01-01;', // e-mail already on line 2
    ];
    const plan = planImport(state(), files(null, people), TODAY);
    expect(plan.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'unknownUnit'],
      [5, 'unknownManager'],
      [6, 'duplicateEmployeeNumber'],
      [7, 'managerCycle'],
      [8, 'managerCycle'],
      [9, 'unknownManager'],
      [10, 'duplicateEmail'],
    ]);
    expect(planCounts(plan).people).toEqual({ created: 0, changed: 0, moved: 0, ended: 0, unchanged: 2 });
  });

  it('moves and renames units, follows the file for the unit manager, and closes a unit gone from the file', () => {
    const st = state();
    st.people = st.people.filter((p) => p.current!.unitId !== 3);
    const org = ['F1;Förvaltningen;;Förvaltning;', 'N;Norra enheten;F1;Enhet;A4', 'D;Distrikt;F1;Avdelning;', 'S2;Söder;D;Enhet;'];
    const plan = planImport(st, files(org, null), TODAY);
    expect(plan.units.changed.map((u) => [u.code, u.changes.map((c) => c.field), u.chefNumber])).toEqual([['N', ['name', 'chef'], 'A4']]);
    expect(plan.units.created.map((u) => u.code)).toEqual(['D', 'S2']);
    expect(plan.units.closed.map((u) => u.code)).toEqual(['S']);
  });

  it('does not close a unit that still has staff, and refuses a unit whose parent is unknown or itself', () => {
    const org = ['F1;Förvaltningen;;Förvaltning;', 'S;Söder;F1;Enhet;', 'X;X;Y;Enhet;', 'Y;Y;X;Enhet;', 'Z;Z;Q;Enhet;'];
    const plan = planImport(state(), files(org, null), TODAY);
    expect(plan.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'parentCycle'],
      [5, 'parentCycle'],
      [6, 'unknownParent'],
      [null, 'unitHasStaff'],
    ]);
    expect(plan.units.closed).toEqual([]);
  });

  it('refuses a unit manager who will not be employed, and a second unit of the same name under one parent', () => {
    const org = ['F1;Förvaltningen;;Förvaltning;', 'N;Norr;F1;Enhet;A77', 'S;Norr;F1;Enhet;'];
    const plan = planImport(state(), files(org, null), TODAY);
    expect(plan.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'unknownChef'],
      [4, 'nameTaken'],
    ]);
  });
});
