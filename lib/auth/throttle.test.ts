import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, registerFailure, secondsUntilAllowed, type ThrottleState } from './throttle';

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

  it('forgets failures once the window has passed', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 5; i++) state = registerFailure(state, now, ACCOUNT_POLICY);
    const later = now + ACCOUNT_POLICY.windowSeconds + 1;
    state = registerFailure(state, later, ACCOUNT_POLICY);
    expect(state.failures).toBe(1);
    expect(secondsUntilAllowed(state, later)).toBe(0);
  });

  it('allows an attempt again when the wait is over', () => {
    const state: ThrottleState = { failures: 4, windowStartedAt: now, blockedUntil: now + 30 };
    expect(secondsUntilAllowed(state, now + 10)).toBe(20);
    expect(secondsUntilAllowed(state, now + 30)).toBe(0);
  });
});
