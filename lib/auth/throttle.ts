/**
 * Slows down password guessing. A few failures are free (people mistype); after that each further
 * failure doubles the wait before the next attempt is even checked. Kept per account and per IP
 * address: the per-IP limit is higher, since a whole office may sit behind one address.
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
  windowStartedAt: number; // Unix seconds
  blockedUntil: number | null;
}

/** Seconds to wait before the next attempt may be checked; 0 when it may be checked now. */
export function secondsUntilAllowed(state: ThrottleState | undefined, now: number): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil - now);
}

export function registerFailure(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): ThrottleState {
  const fresh = !state || now - state.windowStartedAt > policy.windowSeconds;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  if (failures <= policy.freeFailures) return { failures, windowStartedAt, blockedUntil: null };
  const delay = Math.min(policy.baseDelaySeconds * 2 ** (failures - policy.freeFailures - 1), policy.maxDelaySeconds);
  return { failures, windowStartedAt, blockedUntil: now + delay };
}
