import type { Facts } from './facts';
import { SIGNED_IN_ROLES, type Role } from './session';

/**
 * Where each server action's form is found, by whom, and which roles may post that very form
 * (it is bound to the harvester's own objects: their plan, their talk, their assignment …).
 * Every module with 'use server' (`grep -rl "'use server'" app`) appears at least once.
 */
export interface ActionSource {
  module: string;
  at: (f: Facts) => string;
  role: Exclude<Role, 'anonymous'>;
  allowed: readonly Role[];
}

export const ACTION_SOURCES: ActionSource[] = [
  { module: 'app/(app)/resultat/regler/actions.ts', at: () => '/resultat/regler', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'app/(app)/admin/gallring/actions.ts', at: () => '/admin/gallring', role: 'administrator', allowed: ['administrator'] },
  { module: 'app/(app)/handlingsplaner/[id]/actions.ts', at: (f) => `/handlingsplaner/${f.ownPlanId}`, role: 'unitManager', allowed: ['unitManager'] },
  { module: 'app/(app)/planar/actions.ts', at: () => '/planar', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'app/(app)/apt/actions.ts', at: () => '/apt/ny', role: 'unitManager', allowed: ['unitManager'] },
  { module: 'app/(app)/kolada/actions.ts', at: () => '/kolada', role: 'administrator', allowed: ['administrator'] },
  { module: 'app/(app)/uppdrag/actions.ts', at: (f) => `/uppdrag/${f.employeeAssignmentId}`, role: 'employee', allowed: ['employee'] },
  { module: 'app/(app)/mal/actions.ts', at: (f) => `/mal/${f.goalId}`, role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'app/(app)/mal/actions.ts', at: () => '/mal/vision', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'app/(app)/samtal/actions.ts', at: (f) => `/samtal/${f.employeeTalkId}`, role: 'unitManager', allowed: ['unitManager'] },
  { module: 'app/(app)/samtal/actions.ts', at: () => '/samtal', role: 'unitManager', allowed: ['unitManager'] },
  // The board's annual report in preparation: its director writes the assessments and submits.
  { module: 'app/(app)/resultat/rapporter/actions.ts', at: (f) => `/resultat/rapporter/period/${f.annualPeriodId}/${f.boardId}`, role: 'administrationDirector', allowed: ['administrationDirector'] },
  // One's own password: every signed-in role may use the form (for their own account only).
  { module: 'app/(app)/konto/losenord/actions.ts', at: () => '/konto/losenord', role: 'employee', allowed: SIGNED_IN_ROLES },
];

/**
 * Not reachable by harvesting, and why: a new action plan's form is shown only to a unit without
 * a plan for the year (every demo unit has one). The HR import posts to a route handler
 * (POST_TARGETS in targets.ts), not a server action.
 */
export const NOT_HARVESTED = ['app/(app)/handlingsplaner/actions.ts'];
