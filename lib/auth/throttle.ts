/**
 * Slows down password guessing. A few failures are free (people mistype); after that each further
 * failure doubles the wait before the next attempt is even checked. Kept per account and per IP
 * address: the per-IP limit is higher, since a whole office may sit behind one address.
 *
 * Failures are forgotten only after a whole quiet window that starts when the last failure's wait
 * is over, so someone who keeps guessing stays at the longest wait instead of starting afresh.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  windowSeconds: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 3, windowSeconds: 15 * 60, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60 };
export const IP_POLICY: ThrottlePolicy = { freeFailures: 25, windowSeconds: 15 * 60, baseDelaySeconds: 10, maxDelaySeconds: 15 * 60 };

export interface ThrottleState {
  failures: number;
  lastFailureAt: number; // Unix seconds
  blockedUntil: number | null;
}

/** Seconds to wait before the next attempt may be checked; 0 when it may be checked now. */
export function secondsUntilAllowed(state: ThrottleState | undefined, now: number): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil - now);
}

function isForgotten(state: ThrottleState, now: number, policy: ThrottlePolicy): boolean {
  return now - Math.max(state.lastFailureAt, state.blockedUntil ?? 0) > policy.windowSeconds;
}

export function registerFailure(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): ThrottleState {
  const failures = !state || isForgotten(state, now, policy) ? 1 : state.failures + 1;
  if (failures <= policy.freeFailures) return { failures, lastFailureAt: now, blockedUntil: null };
  const delay = Math.min(policy.baseDelaySeconds * 2 ** (failures - policy.freeFailures - 1), policy.maxDelaySeconds);
  return { failures, lastFailureAt: now, blockedUntil: Math.max(now + delay, state?.blockedUntil ?? 0) };
}

/**
 * An attempt about to be checked, counted as a failure before its password is looked at: checking
 * and counting are one step, so attempts racing each other cannot all pass a check made before any
 * of them was counted. One that turns out right gives its count back (refundAttempt).
 */
export type Reservation = { allowed: false; waitSeconds: number } | { allowed: true; before: ThrottleState | undefined; after: ThrottleState };

export function reserveAttempt(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): Reservation {
  const waitSeconds = secondsUntilAllowed(state, now);
  if (waitSeconds > 0) return { allowed: false, waitSeconds };
  return { allowed: true, before: state, after: registerFailure(state, now, policy) };
}

/**
 * The state once a right password has given back what its reservation took; undefined when nothing
 * is left to remember. A wait that this very reservation started is lifted; one that failures
 * counted since then started stays.
 */
export function refundAttempt(current: ThrottleState | undefined, reservation: Extract<Reservation, { allowed: true }>): ThrottleState | undefined {
  if (!current || current.failures <= 1) return undefined;
  const { before, after } = reservation;
  const ownWait = current.blockedUntil === after.blockedUntil;
  const ownLast = current.lastFailureAt === after.lastFailureAt && before !== undefined;
  return {
    failures: current.failures - 1,
    lastFailureAt: ownLast ? before.lastFailureAt : current.lastFailureAt,
    blockedUntil: ownWait ? (before?.blockedUntil ?? null) : current.blockedUntil,
  };
}
