import { describe, expect, it } from 'vitest';
import {
  canAgreeAssignment,
  canDecidePlan,
  canImportHr,
  canDraftAssignment,
  canManagePlanYears,
  canManageRetention,
  canReadAuditLog,
  canManageTalk,
  canReadMeeting,
  canReadTalk,
  canRecordMeeting,
  canReadAssignment,
  canRecordBoardGoals,
  canRecordCouncilGoals,
  canViewOrganisation,
  canWritePlan,
  hasRole,
  isPolitician,
  sameMunicipality,
  type Viewer,
} from './permissions';

// The viewers below belong to municipality 1; every object of theirs says so.
const HERE = { municipalityId: 1 };
const ELSEWHERE = { municipalityId: 2 };

const viewer = (personId: number, ...roles: Viewer['roles'][number]['role'][]): Viewer => ({
  personId,
  municipalityId: 1,
  name: `Person ${personId}`,
  roles: roles.map((role) => ({ role, orgUnitId: null })),
});

describe('reading an assignment description', () => {
  const assignment = { ...HERE, personId: 10, currentManagerPersonId: 20 };

  it('is allowed for the employee and their current manager', () => {
    expect(canReadAssignment(viewer(10, 'employee'), assignment)).toBe(true);
    expect(canReadAssignment(viewer(20, 'unit_manager'), assignment)).toBe(true);
  });

  it('is refused for a colleague, another manager, a director, a politician and an administrator', () => {
    expect(canReadAssignment(viewer(11, 'employee'), assignment)).toBe(false);
    expect(canReadAssignment(viewer(21, 'unit_manager'), assignment)).toBe(false);
    expect(canReadAssignment(viewer(30, 'administration_director'), assignment)).toBe(false);
    expect(canReadAssignment(viewer(31, 'municipal_director'), assignment)).toBe(false);
    expect(canReadAssignment(viewer(40, 'board_member', 'council_member'), assignment)).toBe(false);
    expect(canReadAssignment(viewer(50, 'administrator'), assignment)).toBe(false);
  });

  it('is refused for a former manager once the employee has a new one', () => {
    expect(canReadAssignment(viewer(20, 'unit_manager'), { ...HERE, personId: 10, currentManagerPersonId: 22 })).toBe(false);
    expect(canReadAssignment(viewer(20, 'unit_manager'), { ...HERE, personId: 10, currentManagerPersonId: null })).toBe(false);
  });
});

describe('roles', () => {
  it('knows a politician from an official', () => {
    expect(isPolitician(viewer(1, 'board_member'))).toBe(true);
    expect(isPolitician(viewer(2, 'council_member'))).toBe(true);
    expect(isPolitician(viewer(3, 'employee', 'unit_manager'))).toBe(false);
  });

  it('lets a person hold several roles', () => {
    const v = viewer(4, 'employee', 'administrator');
    expect(hasRole(v, 'employee') && hasRole(v, 'administrator')).toBe(true);
    expect(hasRole(v, 'hr')).toBe(false);
  });

  it('shows the organisation chart to anyone signed in and to no one else', () => {
    expect(canViewOrganisation(viewer(5, 'employee'), HERE)).toBe(true);
    expect(canViewOrganisation(null, HERE)).toBe(false);
  });
});

const scopedViewer = (personId: number, roles: [Viewer['roles'][number]['role'], number | null][]): Viewer => ({
  personId,
  municipalityId: 1,
  name: `Person ${personId}`,
  roles: roles.map(([role, orgUnitId]) => ({ role, orgUnitId })),
});

describe('recording goals', () => {
  it('lets the municipal office record council goals, and no politician or manager', () => {
    expect(canRecordCouncilGoals(scopedViewer(1, [['administrator', null]]), HERE)).toBe(true);
    expect(canRecordCouncilGoals(scopedViewer(2, [['municipal_director', 5]]), HERE)).toBe(true);
    expect(canRecordCouncilGoals(scopedViewer(3, [['council_member', 1]]), HERE)).toBe(false);
    expect(canRecordCouncilGoals(scopedViewer(4, [['administration_director', 20]]), HERE)).toBe(false);
    expect(canManagePlanYears(scopedViewer(4, [['unit_manager', 20]]), HERE)).toBe(false);
  });

  it('lets a board’s goals be recorded by its own director or secretary only', () => {
    const scope = { ...HERE, boardId: 10, administrationId: 20 };
    expect(canRecordBoardGoals(scopedViewer(1, [['administration_director', 20]]), scope)).toBe(true);
    expect(canRecordBoardGoals(scopedViewer(2, [['board_secretary', 10]]), scope)).toBe(true);
    expect(canRecordBoardGoals(scopedViewer(3, [['administration_director', 21]]), scope)).toBe(false);
    expect(canRecordBoardGoals(scopedViewer(4, [['board_member', 10]]), scope)).toBe(false);
    expect(canRecordBoardGoals(scopedViewer(5, [['administrator', null]]), scope)).toBe(true);
  });
});

describe('action plans', () => {
  const unit = 100;
  const office = { id: 5, kind: 'municipal_office' };
  const planUnit = { id: unit, kind: 'unit' };
  const chainAbove = [{ id: 50, kind: 'department' }, { id: 20, kind: 'administration' }, office];

  it('are written by the unit’s own manager only', () => {
    expect(canWritePlan(scopedViewer(1, [['unit_manager', unit]]), { ...HERE, unitId: unit })).toBe(true);
    expect(canWritePlan(scopedViewer(2, [['unit_manager', 101]]), { ...HERE, unitId: unit })).toBe(false);
    expect(canWritePlan(scopedViewer(3, [['employee', unit]]), { ...HERE, unitId: unit })).toBe(false);
    expect(canWritePlan(scopedViewer(4, [['board_member', 10]]), { ...HERE, unitId: unit })).toBe(false);
  });

  it('are decided by the director of their administration, never by their writer', () => {
    expect(canDecidePlan(scopedViewer(1, [['administration_director', 20]]), { ...HERE, unit: planUnit, chainAbove: chainAbove })).toBe(true);
    expect(canDecidePlan(scopedViewer(2, [['administration_director', 21]]), { ...HERE, unit: planUnit, chainAbove: chainAbove })).toBe(false);
    expect(canDecidePlan(scopedViewer(3, [['unit_manager', unit]]), { ...HERE, unit: planUnit, chainAbove: chainAbove })).toBe(false);
    expect(canDecidePlan(scopedViewer(6, [['council_member', 1]]), { ...HERE, unit: planUnit, chainAbove: chainAbove })).toBe(false);
  });

  it('of an administration itself go to the kommundirektör, not to its own director', () => {
    const administration = { id: 20, kind: 'administration' };
    expect(canDecidePlan(scopedViewer(4, [['administration_director', 20]]), { ...HERE, unit: administration, chainAbove: [office] })).toBe(false);
    expect(canDecidePlan(scopedViewer(5, [['municipal_director', 5]]), { ...HERE, unit: administration, chainAbove: [office] })).toBe(true);
  });

  it('inside another administration are not the kommundirektör’s to decide', () => {
    expect(canDecidePlan(scopedViewer(5, [['municipal_director', 5]]), { ...HERE, unit: planUnit, chainAbove: chainAbove })).toBe(false);
    expect(canDecidePlan(scopedViewer(5, [['municipal_director', 5]]), { ...HERE, unit: { id: 50, kind: 'department' }, chainAbove: chainAbove.slice(1) })).toBe(false);
  });

  it('of the municipal office’s own units are the kommundirektör’s, as the office’s director', () => {
    const officeUnit = { id: 300, kind: 'unit' };
    expect(canDecidePlan(scopedViewer(5, [['municipal_director', 5]]), { ...HERE, unit: officeUnit, chainAbove: [{ id: 60, kind: 'department' }, office] })).toBe(true);
    expect(canDecidePlan(scopedViewer(4, [['administration_director', 20]]), { ...HERE, unit: officeUnit, chainAbove: [{ id: 60, kind: 'department' }, office] })).toBe(false);
  });
});

describe('assignments', () => {
  const assignment = { ...HERE, personId: 10, currentManagerPersonId: 20 };

  it('are drafted by the employee and agreed by their current manager', () => {
    expect(canDraftAssignment(scopedViewer(10, []), assignment)).toBe(true);
    expect(canDraftAssignment(scopedViewer(20, []), assignment)).toBe(false);
    expect(canAgreeAssignment(scopedViewer(20, []), assignment)).toBe(true);
    expect(canAgreeAssignment(scopedViewer(10, []), assignment)).toBe(false);
    expect(canAgreeAssignment(scopedViewer(21, []), assignment)).toBe(false);
    expect(canAgreeAssignment(scopedViewer(20, []), { ...HERE, personId: 10, currentManagerPersonId: null })).toBe(false);
  });
});

describe('talks and meetings', () => {
  const talk = { ...HERE, employeePersonId: 10, currentManagerPersonId: 20, employeeUnitChain: [100, 50, 20, 5] };

  it('lets the employee, their current manager and a named HR role read a talk, nobody else', () => {
    expect(canReadTalk(scopedViewer(10, [['employee', 100]]), talk)).toBe(true);
    expect(canReadTalk(scopedViewer(20, [['unit_manager', 100]]), talk)).toBe(true);
    expect(canReadTalk(scopedViewer(30, [['hr', null]]), talk)).toBe(true);
    expect(canReadTalk(scopedViewer(31, [['hr', 20]]), talk)).toBe(true);
    expect(canReadTalk(scopedViewer(32, [['hr', 21]]), talk)).toBe(false);
    for (const role of ['employee', 'unit_manager', 'administration_director', 'municipal_director', 'board_member', 'council_member', 'administrator'] as const) {
      expect(canReadTalk(scopedViewer(40, [[role, 100]]), talk), role).toBe(false);
    }
  });

  it('lets only the current manager hold and record the talk', () => {
    expect(canManageTalk(scopedViewer(20, []), talk)).toBe(true);
    expect(canManageTalk(scopedViewer(10, []), talk)).toBe(false);
    expect(canManageTalk(scopedViewer(30, [['hr', null]]), talk)).toBe(false);
  });

  it('keeps a workplace meeting inside the unit', () => {
    expect(canRecordMeeting(scopedViewer(1, [['unit_manager', 100]]), { ...HERE, unitId: 100 })).toBe(true);
    expect(canRecordMeeting(scopedViewer(2, [['employee', 100]]), { ...HERE, unitId: 100 })).toBe(false);
    expect(canReadMeeting(scopedViewer(2, [['employee', 100]]), { ...HERE, unitId: 100, viewerUnitId: 100 })).toBe(true);
    expect(canReadMeeting(scopedViewer(3, [['employee', 101]]), { ...HERE, unitId: 100, viewerUnitId: 101 })).toBe(false);
    expect(canReadMeeting(scopedViewer(4, [['administration_director', 20]]), { ...HERE, unitId: 100, viewerUnitId: 20 })).toBe(false);
  });
});

describe('the HR import', () => {
  it('is for the administrator only', () => {
    expect(canImportHr(viewer(1, 'administrator'), HERE)).toBe(true);
    for (const role of ['employee', 'unit_manager', 'administration_director', 'municipal_director', 'hr', 'board_member', 'council_member'] as const) {
      expect(canImportHr(viewer(2, role), HERE)).toBe(false);
    }
  });
});

describe('the audit log and the disposal rule', () => {
  it('are for the administrator only: not the kommundirektör, HR, a manager or a politician', () => {
    expect(canReadAuditLog(viewer(1, 'administrator'), HERE)).toBe(true);
    expect(canManageRetention(viewer(1, 'administrator'), HERE)).toBe(true);
    for (const role of ['municipal_director', 'hr', 'unit_manager', 'employee', 'board_member', 'council_member'] as const) {
      expect(canReadAuditLog(viewer(2, role), HERE)).toBe(false);
      expect(canManageRetention(viewer(2, role), HERE)).toBe(false);
    }
  });
});

describe('municipalities are kept apart by every rule', () => {
  // For each rule: a viewer and a fact it allows at home. The same fact of another municipality is refused.
  const hrEverywhere = scopedViewer(30, [['hr', null]]);
  const admin = scopedViewer(1, [
    ['administrator', null],
    ['municipal_director', 5],
  ]);
  const cases: [string, (m: { municipalityId: number }) => boolean][] = [
    ['canReadAssignment (employee)', (m) => canReadAssignment(viewer(10, 'employee'), { ...m, personId: 10, currentManagerPersonId: 20 })],
    ['canReadAssignment (manager)', (m) => canReadAssignment(viewer(20, 'unit_manager'), { ...m, personId: 10, currentManagerPersonId: 20 })],
    ['canViewOrganisation', (m) => canViewOrganisation(viewer(5, 'employee'), m)],
    ['canRecordCouncilGoals', (m) => canRecordCouncilGoals(admin, m)],
    ['canRecordBoardGoals (office)', (m) => canRecordBoardGoals(admin, { ...m, boardId: 10, administrationId: 20 })],
    ['canRecordBoardGoals (director)', (m) => canRecordBoardGoals(scopedViewer(2, [['administration_director', 20]]), { ...m, boardId: 10, administrationId: 20 })],
    ['canRecordBoardGoals (secretary)', (m) => canRecordBoardGoals(scopedViewer(3, [['board_secretary', 10]]), { ...m, boardId: 10, administrationId: 20 })],
    ['canWritePlan', (m) => canWritePlan(scopedViewer(4, [['unit_manager', 100]]), { ...m, unitId: 100 })],
    [
      'canDecidePlan',
      (m) =>
        canDecidePlan(scopedViewer(5, [['administration_director', 20]]), {
          ...m,
          unit: { id: 100, kind: 'unit' },
          chainAbove: [
            { id: 50, kind: 'department' },
            { id: 20, kind: 'administration' },
            { id: 5, kind: 'municipal_office' },
          ],
        }),
    ],
    ['canDraftAssignment', (m) => canDraftAssignment(scopedViewer(10, []), { ...m, personId: 10 })],
    ['canAgreeAssignment', (m) => canAgreeAssignment(scopedViewer(20, []), { ...m, personId: 10, currentManagerPersonId: 20 })],
    ['canManagePlanYears', (m) => canManagePlanYears(admin, m)],
    ['canReadTalk (HR for the whole municipality)', (m) => canReadTalk(hrEverywhere, { ...m, employeePersonId: 10, currentManagerPersonId: 20, employeeUnitChain: [100, 50, 20, 5] })],
    ['canReadTalk (HR for a unit)', (m) => canReadTalk(scopedViewer(31, [['hr', 20]]), { ...m, employeePersonId: 10, currentManagerPersonId: 20, employeeUnitChain: [100, 50, 20, 5] })],
    ['canReadTalk (employee)', (m) => canReadTalk(scopedViewer(10, []), { ...m, employeePersonId: 10, currentManagerPersonId: 20, employeeUnitChain: [100] })],
    ['canReadTalk (manager)', (m) => canReadTalk(scopedViewer(20, []), { ...m, employeePersonId: 10, currentManagerPersonId: 20, employeeUnitChain: [100] })],
    ['canManageTalk', (m) => canManageTalk(scopedViewer(20, []), { ...m, employeePersonId: 10, currentManagerPersonId: 20 })],
    ['canRecordMeeting', (m) => canRecordMeeting(scopedViewer(4, [['unit_manager', 100]]), { ...m, unitId: 100 })],
    ['canReadMeeting (member)', (m) => canReadMeeting(scopedViewer(6, [['employee', 100]]), { ...m, unitId: 100, viewerUnitId: 100 })],
    ['canReadMeeting (manager)', (m) => canReadMeeting(scopedViewer(4, [['unit_manager', 100]]), { ...m, unitId: 100, viewerUnitId: null })],
    ['canImportHr', (m) => canImportHr(admin, m)],
    ['canReadAuditLog', (m) => canReadAuditLog(admin, m)],
    ['canManageRetention', (m) => canManageRetention(admin, m)],
  ];

  it.each(cases)('%s: allowed at home, refused for another municipality’s object', (_, rule) => {
    expect(rule(HERE)).toBe(true);
    expect(rule(ELSEWHERE)).toBe(false);
  });

  it('compares the object’s municipality with the viewer’s', () => {
    expect(sameMunicipality(viewer(1), HERE)).toBe(true);
    expect(sameMunicipality(viewer(1), ELSEWHERE)).toBe(false);
    expect(sameMunicipality({ ...viewer(1), municipalityId: 2 }, ELSEWHERE)).toBe(true);
  });

  it('lets no role without a unit reach beyond its municipality: HR, administrator, directors', () => {
    const everyRole = scopedViewer(99, [
      ['hr', null],
      ['administrator', null],
      ['municipal_director', null],
      ['administration_director', null],
      ['unit_manager', null],
    ]);
    expect(canReadTalk(everyRole, { ...ELSEWHERE, employeePersonId: 10, currentManagerPersonId: 20, employeeUnitChain: [] })).toBe(false);
    expect(canRecordCouncilGoals(everyRole, ELSEWHERE)).toBe(false);
    expect(canImportHr(everyRole, ELSEWHERE)).toBe(false);
    expect(canReadAuditLog(everyRole, ELSEWHERE)).toBe(false);
  });
});
