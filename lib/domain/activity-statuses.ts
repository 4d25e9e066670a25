/** How an activity stands at a follow-up: the raw material of every roll-up, in the order shown. */
export const ACTIVITY_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
