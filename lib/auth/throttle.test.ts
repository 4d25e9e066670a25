import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, IP_POLICY, refundAttempt, registerFailure, reserveAttempt, secondsUntilAllowed, type ThrottleState } from './throttle';

describe('sign-in throttling', () => {
  const now = 1_800_000_000;

  it('lets the first few mistakes through without delay', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < ACCOUNT_POLICY.freeFailures; i++) state = registerFailure(state, now, ACCOUNT_POLICY);
    expect(state?.failures).toBe(3);
    expect(secondsUntilAllowed(state, now)).toBe(0);
  });

  it('doubles the wait for every failure after the free ones', () => {
    let state: ThrottleState | undefined;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      state = registerFailure(state, now, ACCOUNT_POLICY);
      waits.push(secondsUntilAllowed(state, now));
    }
    expect(waits).toEqual([0, 0, 0, 30, 60, 120]);
  });

  it('never waits longer than the maximum', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 40; i++) state = registerFailure(state, now, ACCOUNT_POLICY);
    expect(secondsUntilAllowed(state, now)).toBe(ACCOUNT_POLICY.maxDelaySeconds);
  });

  it('forgets failures after a whole quiet window', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 2; i++) state = registerFailure(state, now, ACCOUNT_POLICY);
    const later = now + ACCOUNT_POLICY.windowSeconds + 1;
    state = registerFailure(state, later, ACCOUNT_POLICY);
    expect(state.failures).toBe(1);
    expect(secondsUntilAllowed(state, later)).toBe(0);
  });

  it('counts the quiet window from the end of the wait, not from the first failure', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 8; i++) state = registerFailure(state, now, ACCOUNT_POLICY);
    // 8 failures: a wait of 30·2^4 = 480 s. A window after the first failure is not enough.
    const afterWindow = now + ACCOUNT_POLICY.windowSeconds + 1;
    expect(registerFailure(state, afterWindow, ACCOUNT_POLICY).failures).toBe(9);
    // A window after the wait has ended is.
    const afterWaitAndWindow = state!.blockedUntil! + ACCOUNT_POLICY.windowSeconds + 1;
    expect(registerFailure(state, afterWaitAndWindow, ACCOUNT_POLICY).failures).toBe(1);
  });

  it('keeps someone who guesses whenever allowed at the longest wait for ever', () => {
    let state: ThrottleState | undefined;
    let t = now;
    const waits: number[] = [];
    for (let i = 0; i < 60; i++) {
      t += secondsUntilAllowed(state, t);
      const r = reserveAttempt(state, t, ACCOUNT_POLICY);
      expect(r.allowed).toBe(true);
      if (r.allowed) state = r.after;
      waits.push(secondsUntilAllowed(state, t));
    }
    // Over hours of guessing the wait reached its maximum and stayed there.
    expect(t - now).toBeGreaterThan(10 * 3600);
    expect(waits.slice(10)).toEqual(Array(50).fill(ACCOUNT_POLICY.maxDelaySeconds));
  });

  it('allows an attempt again when the wait is over', () => {
    const state: ThrottleState = { failures: 4, lastFailureAt: now, blockedUntil: now + 30 };
    expect(secondsUntilAllowed(state, now + 10)).toBe(20);
    expect(secondsUntilAllowed(state, now + 30)).toBe(0);
  });

  it('refuses a reservation while waiting and counts nothing for it', () => {
    const state: ThrottleState = { failures: 4, lastFailureAt: now, blockedUntil: now + 30 };
    expect(reserveAttempt(state, now + 5, ACCOUNT_POLICY)).toEqual({ allowed: false, waitSeconds: 25 });
  });

  it('counts a reserved attempt as a failure before its password is checked', () => {
    let state: ThrottleState | undefined;
    let allowed = 0;
    // Twenty-four attempts at the same instant, each seeing the count the previous one left.
    for (let i = 0; i < 24; i++) {
      const r = reserveAttempt(state, now, ACCOUNT_POLICY);
      if (r.allowed) {
        allowed++;
        state = r.after;
      }
    }
    expect(allowed).toBe(ACCOUNT_POLICY.freeFailures + 1);
  });

  it('gives back the count of a right password, and lifts a wait only that attempt started', () => {
    const before: ThrottleState = { failures: IP_POLICY.freeFailures, lastFailureAt: now - 60, blockedUntil: null };
    const r = reserveAttempt(before, now, IP_POLICY);
    if (!r.allowed) throw new Error('should be allowed');
    expect(r.after.blockedUntil).toBe(now + IP_POLICY.baseDelaySeconds);
    expect(refundAttempt(r.after, r)).toEqual(before);
    // A failure counted by someone else in the meantime keeps its own wait.
    const other = registerFailure(r.after, now + 1, IP_POLICY);
    expect(refundAttempt(other, r)).toEqual({ failures: other.failures - 1, lastFailureAt: now + 1, blockedUntil: other.blockedUntil });
    // Nothing left to remember after the only attempt was right.
    const first = reserveAttempt(undefined, now, IP_POLICY);
    if (!first.allowed) throw new Error('should be allowed');
    expect(refundAttempt(first.after, first)).toBeUndefined();
  });
});
