import type { Facts } from './facts';
import type { HarvestedForm } from './forms';
import type { Role } from './session';

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
  { module: 'app/(app)/admin/import/actions.ts', at: () => '/admin/import', role: 'administrator', allowed: ['administrator'] },
  { module: 'app/(app)/admin/gallring/actions.ts', at: () => '/admin/gallring', role: 'administrator', allowed: ['administrator'] },
  { module: 'app/(app)/handlingsplaner/[id]/actions.ts', at: (f) => `/handlingsplaner/${f.ownPlanId}`, role: 'unitManager', allowed: ['unitManager'] },
  { module: 'app/(app)/handlingsplaner/[id]/actions.ts', at: (f) => `/handlingsplaner/${f.ownPlanId}/aktiviteter/${f.ownActivityId}`, role: 'unitManager', allowed: ['unitManager'] },
  { module: 'app/(app)/planar/actions.ts', at: () => '/planar', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'app/(app)/apt/actions.ts', at: () => '/apt/ny', role: 'unitManager', allowed: ['unitManager'] },
  { module: 'app/(app)/kolada/actions.ts', at: () => '/kolada', role: 'administrator', allowed: ['administrator'] },
  { module: 'app/(app)/uppdrag/actions.ts', at: () => '/uppdrag/mitt', role: 'employee', allowed: ['employee'] },
  { module: 'app/(app)/mal/actions.ts', at: () => '/mal/nytt', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'app/(app)/mal/actions.ts', at: () => '/mal/vision', role: 'administrator', allowed: ['administrator', 'municipalDirector'] },
  { module: 'app/(app)/samtal/actions.ts', at: (f) => `/samtal/${f.employeeTalkId}`, role: 'unitManager', allowed: ['unitManager'] },
  { module: 'app/(app)/samtal/actions.ts', at: () => '/samtal', role: 'unitManager', allowed: ['unitManager'] },
];

/**
 * Forms whose allowed use would change the shared demo for the specs that follow (close or open a
 * plan year, dispose of data, import HR files, decide plans): shown to the allowed role (which
 * the harvest proves) but not run by it. Denied roles post them all.
 */
export function destructive(form: HarvestedForm & ActionSource): boolean {
  return /planar|gallring|import|kolada|regler/.test(form.module) || /handlingsplaner\/\[id\]/.test(form.module);
}
