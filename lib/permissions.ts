import type { Role } from '@/db/schema';

/** Pure rules about who may see what. The data access layer resolves the facts; these decide. */
export interface RoleGrant {
  role: Role;
  orgUnitId: number | null;
}

export interface Viewer {
  personId: number;
  municipalityId: number;
  name: string;
  roles: RoleGrant[];
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.some((r) => r.role === role);
}

/** Politicians read aggregates and decisions; they never see individual employees' records. */
export function isPolitician(viewer: Viewer): boolean {
  return hasRole(viewer, 'board_member') || hasRole(viewer, 'council_member');
}

/**
 * An assignment description is read by the employee and by their current manager, nobody else:
 * not a colleague, not another unit's manager, not a director or politician.
 */
export function canReadAssignment(viewer: Viewer, assignment: { personId: number; currentManagerPersonId: number | null }): boolean {
  return viewer.personId === assignment.personId || (assignment.currentManagerPersonId !== null && viewer.personId === assignment.currentManagerPersonId);
}

/** The organisation chart is public knowledge within the municipality: anyone signed in sees it. */
export function canViewOrganisation(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null;
}
