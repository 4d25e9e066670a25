import type { Facts } from './facts';
import { SIGNED_IN_ROLES, type Role } from './session';

/**
 * Where each server action's form is found, by whom, and which roles may post that very form
 * (it is bound to the harvester's own objects: their plan, their talk, their assignment …).
 * Every module with 'use server' (`grep -rl "'use server'" app features`) appears at least once.
 */
export interface ActionSource {
  module: string;
  at: (f: Facts) => string;
  role: Exclude<Role, 'anonymous'>;
  allowed: readonly Role[];
}

export const ACTION_SOURCES: ActionSource[] = [
  { module: 'features/rollup/actions.ts', at: () => '/resultat/regler', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'features/privacy/actions.ts', at: () => '/admin/gallring', role: 'administrator', allowed: ['administrator'] },
  { module: 'features/plans/activity-actions.ts', at: (f) => `/handlingsplaner/${f.ownPlanId}`, role: 'unitManager', allowed: ['unitManager'] },
  { module: 'features/plan-years/actions.ts', at: () => '/planar', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'features/meetings/actions.ts', at: () => '/apt/ny', role: 'unitManager', allowed: ['unitManager'] },
  { module: 'features/kolada/actions.ts', at: () => '/kolada', role: 'administrator', allowed: ['administrator'] },
  { module: 'features/assignments/actions.ts', at: (f) => `/uppdrag/${f.employeeAssignmentId}`, role: 'employee', allowed: ['employee'] },
  { module: 'features/goals/actions.ts', at: (f) => `/mal/${f.goalId}`, role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'features/goals/actions.ts', at: () => '/mal/vision', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'features/talks/actions.ts', at: (f) => `/samtal/${f.employeeTalkId}`, role: 'unitManager', allowed: ['unitManager'] },
  { module: 'features/talks/actions.ts', at: () => '/samtal', role: 'unitManager', allowed: ['unitManager'] },
  // The board's annual report in preparation: its director writes the assessments and submits.
  { module: 'features/reports/actions.ts', at: (f) => `/resultat/rapporter/period/${f.annualPeriodId}/${f.boardId}`, role: 'administrationDirector', allowed: ['administrationDirector'] },
  // One's own password: every signed-in role may use the form (for their own account only).
  { module: 'features/account/actions.ts', at: () => '/konto/losenord', role: 'employee', allowed: SIGNED_IN_ROLES },
];

/**
 * Not reachable by harvesting, and why: a new action plan's form is shown only to a unit without
 * a plan for the year (every demo unit has one). The HR import posts to a route handler
 * (POST_TARGETS in targets.ts), not a server action.
 */
export const NOT_HARVESTED = ['features/plans/actions.ts'];
