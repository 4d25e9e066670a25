/** An action plan's way from draft to approval; a returned plan goes back to its unit. */
export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The entries of a plan's own history, shown on the plan page. */
export const PLAN_EVENT_KINDS = ['created', 'activity_added', 'activity_changed', 'activity_removed', 'submitted', 'returned', 'approved', 'new_version', 'carried_over'] as const;
export type PlanEventKind = (typeof PLAN_EVENT_KINDS)[number];

/** An assignment description is agreed once both the employee and the manager have confirmed it. */
export const ASSIGNMENT_STATUSES = ['draft', 'agreed'] as const;
