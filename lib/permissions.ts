import type { Role } from '@/lib/domain/roles';

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

/**
 * The fact every rule is given about its object: the municipality it belongs to. A role is held
 * in the viewer's own municipality only; a role without a unit (an administrator, HR for the
 * whole organisation) means the whole of that municipality and never another.
 */
export interface InMunicipality {
  municipalityId: number;
}

/**
 * The first question of every rule. An object of another municipality is nobody's to read or
 * change, whatever role the viewer holds at home, so no later clause of a rule can widen it.
 */
export function sameMunicipality(viewer: Viewer, object: InMunicipality): boolean {
  return object.municipalityId === viewer.municipalityId;
}

/** For the tasks that act on a whole municipality (settings, imports, the log): the viewer's own. */
export const ownMunicipality = (viewer: Viewer): InMunicipality => ({ municipalityId: viewer.municipalityId });

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
export function canReadAssignment(viewer: Viewer, assignment: InMunicipality & { personId: number; currentManagerPersonId: number | null }): boolean {
  if (!sameMunicipality(viewer, assignment)) return false;
  return viewer.personId === assignment.personId || (assignment.currentManagerPersonId !== null && viewer.personId === assignment.currentManagerPersonId);
}

/** The organisation chart is public knowledge within the municipality: anyone signed in there sees it. */
export function canViewOrganisation(viewer: Viewer | null, organisation: InMunicipality): viewer is Viewer {
  return viewer !== null && sameMunicipality(viewer, organisation);
}

function scoped(viewer: Viewer, role: Role, unitIds: readonly number[]): boolean {
  return viewer.roles.some((r) => r.role === role && r.orgUnitId !== null && unitIds.includes(r.orgUnitId));
}

/**
 * KF's vision, values, goals and indicators are recorded by the municipal office as KF adopted
 * them: an administrator or the kommundirektör. Politicians decide; they do not type.
 */
export function canRecordCouncilGoals(viewer: Viewer, municipality: InMunicipality): boolean {
  return sameMunicipality(viewer, municipality) && (hasRole(viewer, 'administrator') || hasRole(viewer, 'municipal_director'));
}

/**
 * A board's goals (and its administration's breakdown) are recorded by that administration's
 * director or the board's secretary; the municipal office may record for any board.
 */
export function canRecordBoardGoals(viewer: Viewer, scope: InMunicipality & { boardId: number; administrationId: number }): boolean {
  if (!sameMunicipality(viewer, scope)) return false;
  return canRecordCouncilGoals(viewer, scope) || scoped(viewer, 'administration_director', [scope.administrationId]) || scoped(viewer, 'board_secretary', [scope.boardId]);
}

/** A unit's action plan is written by the manager of that unit, nobody else. */
export function canWritePlan(viewer: Viewer, unit: InMunicipality & { unitId: number }): boolean {
  if (!sameMunicipality(viewer, unit)) return false;
  return scoped(viewer, 'unit_manager', [unit.unitId]) || scoped(viewer, 'administration_director', [unit.unitId]) || scoped(viewer, 'municipal_director', [unit.unitId]);
}

/** A unit as the plan rules see it: its id and what kind of unit it is. */
export interface PlanUnit {
  id: number;
  kind: string;
}

/**
 * A plan is approved or returned by the director of the administration it belongs to, never by the
 * one who wrote it. An administration's own plan goes to the kommundirektör above it, who is also
 * the director of the municipal office and so decides the plans of the office's own units. The
 * kommundirektör does not decide the plans inside another administration: that is its director's.
 * `chainAbove` are the units above the plan's unit, nearest first.
 */
export function canDecidePlan(viewer: Viewer, plan: InMunicipality & { unit: PlanUnit; chainAbove: readonly PlanUnit[] }): boolean {
  if (!sameMunicipality(viewer, plan)) return false;
  if (canWritePlan(viewer, { municipalityId: plan.municipalityId, unitId: plan.unit.id })) return false;
  const chain = [plan.unit, ...plan.chainAbove];
  const administration = chain.find((u) => u.kind === 'administration') ?? chain.find((u) => u.kind === 'municipal_office');
  if (!administration) return false;
  if (administration.id === plan.unit.id)
    return scoped(
      viewer,
      'municipal_director',
      plan.chainAbove.map((u) => u.id),
    );
  if (administration.kind === 'municipal_office') return scoped(viewer, 'municipal_director', [administration.id]) || scoped(viewer, 'administration_director', [administration.id]);
  return scoped(viewer, 'administration_director', [administration.id]);
}

/** The employee drafts their own assignment; their current manager agrees it. */
export function canDraftAssignment(viewer: Viewer, assignment: InMunicipality & { personId: number }): boolean {
  return sameMunicipality(viewer, assignment) && viewer.personId === assignment.personId;
}

export function canAgreeAssignment(viewer: Viewer, assignment: InMunicipality & { personId: number; currentManagerPersonId: number | null }): boolean {
  if (!sameMunicipality(viewer, assignment)) return false;
  return assignment.currentManagerPersonId !== null && viewer.personId === assignment.currentManagerPersonId && viewer.personId !== assignment.personId;
}

/** Plan years are opened and closed by the municipal office. */
export function canManagePlanYears(viewer: Viewer, municipality: InMunicipality): boolean {
  return canRecordCouncilGoals(viewer, municipality);
}

/**
 * A talk (appraisal or salary) and its notes are personal data: the employee, their manager now,
 * and an HR role where the municipality names one (for the whole municipality, or for the units
 * below the unit it is scoped to). Nobody else: not a director, not a politician, not a colleague,
 * and nobody at all of another municipality, HR for "the whole organisation" included.
 */
export function canReadTalk(viewer: Viewer, talk: InMunicipality & { employeePersonId: number; currentManagerPersonId: number | null; employeeUnitChain: readonly number[] }): boolean {
  if (!sameMunicipality(viewer, talk)) return false;
  if (viewer.personId === talk.employeePersonId) return true;
  if (talk.currentManagerPersonId !== null && viewer.personId === talk.currentManagerPersonId) return true;
  return viewer.roles.some((r) => r.role === 'hr' && (r.orgUnitId === null || talk.employeeUnitChain.includes(r.orgUnitId)));
}

/** Only the employee's current manager books, holds and records a talk; HR reads but does not write. */
export function canManageTalk(viewer: Viewer, talk: InMunicipality & { employeePersonId: number; currentManagerPersonId: number | null }): boolean {
  if (!sameMunicipality(viewer, talk)) return false;
  return talk.currentManagerPersonId !== null && viewer.personId === talk.currentManagerPersonId && viewer.personId !== talk.employeePersonId;
}

/** A workplace meeting is recorded by the unit's manager. */
export function canRecordMeeting(viewer: Viewer, unit: InMunicipality & { unitId: number }): boolean {
  return sameMunicipality(viewer, unit) && scoped(viewer, 'unit_manager', [unit.unitId]);
}

/** A workplace meeting's minutes and per-activity notes are read in the unit: its members and its manager. */
export function canReadMeeting(viewer: Viewer, meeting: InMunicipality & { unitId: number; viewerUnitId: number | null }): boolean {
  if (!sameMunicipality(viewer, meeting)) return false;
  return meeting.viewerUnitId === meeting.unitId || scoped(viewer, 'unit_manager', [meeting.unitId]);
}

/**
 * The HR import rewrites who works where, who manages whom and who may sign in: the
 * administrator (systemförvaltare) only. Not HR, which reads talks, nor a director.
 */
export function canImportHr(viewer: Viewer, municipality: InMunicipality): boolean {
  return sameMunicipality(viewer, municipality) && hasRole(viewer, 'administrator');
}

/**
 * The audit log and the disposal rule belong to the administrator (systemförvaltare) alone: the
 * log names who read whose talk notes, so not even the kommundirektör or HR browse it.
 */
export function canReadAuditLog(viewer: Viewer, municipality: InMunicipality): boolean {
  return sameMunicipality(viewer, municipality) && hasRole(viewer, 'administrator');
}

export function canManageRetention(viewer: Viewer, municipality: InMunicipality): boolean {
  return sameMunicipality(viewer, municipality) && hasRole(viewer, 'administrator');
}
