import { describe, expect, it } from 'vitest';
import { canReadAssignment, canViewOrganisation, hasRole, isPolitician, type Viewer } from './permissions';

const viewer = (personId: number, ...roles: Viewer['roles'][number]['role'][]): Viewer => ({
  personId,
  municipalityId: 1,
  name: `Person ${personId}`,
  roles: roles.map((role) => ({ role, orgUnitId: null })),
});

describe('reading an assignment description', () => {
  const assignment = { personId: 10, currentManagerPersonId: 20 };

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
    expect(canReadAssignment(viewer(20, 'unit_manager'), { personId: 10, currentManagerPersonId: 22 })).toBe(false);
    expect(canReadAssignment(viewer(20, 'unit_manager'), { personId: 10, currentManagerPersonId: null })).toBe(false);
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
    expect(canViewOrganisation(viewer(5, 'employee'))).toBe(true);
    expect(canViewOrganisation(null)).toBe(false);
  });
});
