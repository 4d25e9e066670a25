import { describe, expect, it } from 'vitest';
import { carriedGoal, followUpPeriodsFor, nextPlanYear, remapPairs } from './rollover';

describe('follow-up periods of a new plan year', () => {
  const periods = followUpPeriodsFor(2027);

  it('has eleven monthly follow-ups without July, an interim per 31 August and an annual per 31 December', () => {
    const monthly = periods.filter((p) => p.kind === 'monthly');
    expect(monthly).toHaveLength(11);
    expect(monthly.some((p) => p.periodEnd.startsWith('2027-07'))).toBe(false);
    expect(periods.filter((p) => p.kind === 'interim').map((p) => p.periodEnd)).toEqual(['2027-08-31']);
    expect(periods.filter((p) => p.kind === 'annual').map((p) => p.periodEnd)).toEqual(['2027-12-31']);
    expect(monthly.find((p) => p.periodEnd.startsWith('2027-02'))?.periodEnd).toBe('2027-02-28');
  });

  it('lets deadlines cascade upwards after the period ends, December into the next year', () => {
    for (const p of periods) {
      expect(p.unitDeadline > p.periodEnd).toBe(true);
      expect(p.administrationDeadline > p.unitDeadline).toBe(true);
      expect(p.boardDeadline > p.administrationDeadline).toBe(true);
    }
    expect(periods.find((p) => p.kind === 'monthly' && p.periodEnd === '2027-12-31')?.boardDeadline).toBe('2028-01-20');
  });

  it('is unique per kind and end date, as the database requires', () => {
    expect(new Set(periods.map((p) => `${p.kind}:${p.periodEnd}`)).size).toBe(periods.length);
  });
});

describe('the next plan year', () => {
  it('follows the latest one, or is this year when there is none', () => {
    expect(nextPlanYear(2026, '2026-11-23')).toBe(2027);
    expect(nextPlanYear(2030, '2026-11-23')).toBe(2031);
    expect(nextPlanYear(undefined, '2026-11-23')).toBe(2026);
    expect(nextPlanYear(undefined, '2027-01-01')).toBe(2027);
  });
});

describe('carrying goals and activities into the next year', () => {
  it('makes a carried goal a draft without a decision that points back at its origin', () => {
    const goal = carriedGoal({ id: 7, level: 'board', ownerUnitId: 3, responsiblePersonId: 9, code: 'BUN 1', title: 'Alla elever når målen', description: null, sortOrder: 2 }, 42);
    expect(goal).toMatchObject({ planYearId: 42, status: 'draft', decisionId: null, carriedFromGoalId: 7, code: 'BUN 1', ownerUnitId: 3 });
  });

  it('remaps pairs to the new ids and drops those whose goal was not carried', () => {
    const goals = new Map([
      [1, 101],
      [2, 102],
    ]);
    const activities = new Map([
      [10, 110],
      [11, 111],
    ]);
    const pairs = [
      { activityId: 10, goalId: 1 },
      { activityId: 11, goalId: 2 },
      { activityId: 11, goalId: 99 },
    ];
    expect(remapPairs(pairs, ['activityId', 'goalId'], { from: activities, to: goals })).toEqual([
      { activityId: 110, goalId: 101 },
      { activityId: 111, goalId: 102 },
    ]);
  });
});
