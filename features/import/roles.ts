import { type Role, ROLES } from '@/lib/domain/roles';

/**
 * Roles a person holds as an elected politician: the council and the boards elect them for a
 * mandate period, and leaving a job with the municipality does not end that mandate.
 */
const POLITICAL_ROLES: readonly Role[] = ['board_member', 'council_member'];

/**
 * Every other role comes with the job (medarbetare, chef, förvaltningschef, HR, systemförvaltare
 * ...), a role added to the list later too: it ends with the employment, and a person hired again
 * starts over as a plain employee, to be given any other role anew.
 */
export const EMPLOYMENT_ROLES: readonly Role[] = ROLES.filter((r) => !POLITICAL_ROLES.includes(r));

/** The employment roles among those a person holds, each once, in the order of ROLES. */
export function employmentRolesOf(held: readonly Role[]): Role[] {
  return EMPLOYMENT_ROLES.filter((r) => held.includes(r));
}

/** The roles that give more than a plain employee's access: losing them is recorded one by one. */
export function elevatedRolesOf(held: readonly Role[]): Role[] {
  return employmentRolesOf(held).filter((r) => r !== 'employee');
}
