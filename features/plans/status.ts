import type { PlanStatus } from '@/lib/domain/plans';

/** What someone can do to a plan version; each step is a plan_events kind of the same name. */
export type PlanTransition = 'submit' | 'approve' | 'return';

// Only these moves exist: a returned plan goes back to its writer, an approved one is never reopened
// (a change makes a new version instead, see versioning.ts).
const TRANSITIONS: Record<PlanTransition, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
};

/** The status after a transition, or null when the plan's status does not allow it. */
export function nextStatus(current: PlanStatus, transition: PlanTransition): PlanStatus | null {
  const rule = TRANSITIONS[transition];
  return rule.from.includes(current) ? rule.to : null;
}

/** Activities can be added, changed and removed only while the writer holds the plan. */
export function isEditable(plan: { status: PlanStatus; isCurrent: boolean }): boolean {
  return plan.isCurrent && (plan.status === 'draft' || plan.status === 'returned');
}

/** An approved plan is locked; the newest approved version is the one a change starts from. */
export function canStartNewVersion(plan: { status: PlanStatus; isCurrent: boolean }): boolean {
  return plan.isCurrent && plan.status === 'approved';
}
