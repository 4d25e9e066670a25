/** Måluppfyllelse: how far a goal is met, as assessed (or forecast) for a period. */
export const FULFILMENTS = ['fulfilled', 'partly_fulfilled', 'not_fulfilled'] as const;
export type Fulfilment = (typeof FULFILMENTS)[number];
