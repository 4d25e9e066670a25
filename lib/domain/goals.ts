/** Council goals, the boards' goals that contribute to them, the administrations' goals below those. */
export const GOAL_LEVELS = ['council', 'board', 'administration'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

/** Adopted goals are decided; a goal carried over into a new year stays a draft until decided again. */
export const GOAL_STATUSES = ['draft', 'adopted'] as const;

/** Whether an indicator's target lies above or below its baseline. */
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
