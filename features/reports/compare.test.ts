import { describe, expect, it } from 'vitest';
import { diffSnapshots, ownGoals, summarise } from './compare';
import type { ReportGoal, ReportSnapshot, SnapshotFulfilment } from './snapshot';

const counts = { notStarted: 1, onTrack: 2, atRisk: 0, offTrack: 0, done: 1 };
const goal = (id: number, code: string, fulfilment: SnapshotFulfilment | null, extra: Partial<ReportGoal> = {}): ReportGoal => ({
  id,
  code,
  title: `Mål ${code}`,
  rollup: { activities: 4, counts, indicatorProgress: 0.5, proposed: 'partly_fulfilled' },
  assessment: fulfilment ? { byUnit: 'Nämnden', fulfilment, forecast: null, analysis: 'Text' } : null,
  assessmentsBelow: [],
  indicators: [{ name: 'Andel', unit: '%', direction: 'increase', baseline: 10, target: 20, value: 15, progress: 0.5 }],
  trend: [],
  ...extra,
});
const snapshot = (kind: ReportSnapshot['body']['kind'], sections: ReportSnapshot['sections']): Pick<ReportSnapshot, 'body' | 'sections'> => ({ body: { id: 1, name: 'x', kind }, sections });

describe('a report’s own goals and summary', () => {
  const shared = goal(10, 'BUN 1', 'fulfilled');
  const sections = [
    { ...goal(1, 'KF 1', 'not_fulfilled'), contributions: [{ boardId: 3, boardName: 'BUN', goals: [shared, goal(11, 'BUN 2', null)] }] },
    { ...goal(2, 'KF 2', null), contributions: [{ boardId: 3, boardName: 'BUN', goals: [shared] }] },
  ];
  it('counts a board goal serving two council goals once, and the council goals only in the compiled report', () => {
    expect(ownGoals(snapshot('board', sections)).map((g) => g.code)).toEqual(['BUN 1', 'BUN 2']);
    expect(summarise(ownGoals(snapshot('board', sections)))).toEqual({ fulfilled: 1, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 1 });
    expect(summarise(ownGoals(snapshot('council', sections)))).toEqual({ fulfilled: 1, partlyFulfilled: 0, notFulfilled: 1, notAssessed: 2 });
  });
});

describe('comparing two snapshots', () => {
  it('lists per goal what changed, matched by code', () => {
    const before = snapshot('board', [{ ...goal(1, 'KF 1', null), contributions: [{ boardId: 3, boardName: 'BUN', goals: [goal(10, 'BUN 1', 'fulfilled'), goal(12, 'BUN 3', null)] }] }]);
    const after = snapshot('board', [
      {
        ...goal(101, 'KF 1', null),
        contributions: [{ boardId: 3, boardName: 'BUN', goals: [goal(110, 'BUN 1', 'partly_fulfilled', { title: 'Nytt namn', rollup: { activities: 4, counts: { ...counts, done: 2, notStarted: 0 }, indicatorProgress: 0.5, proposed: 'fulfilled' } }), goal(111, 'BUN 2', null)] }],
      },
    ]);
    const diffs = diffSnapshots(before, after);
    expect(diffs.map((d) => [d.code, d.status])).toEqual([
      ['BUN 1', 'changed'],
      ['BUN 2', 'added'],
      ['BUN 3', 'removed'],
    ]);
    expect(diffs[0]!.changes.map((c) => c.kind)).toEqual(['title', 'counts', 'proposed', 'assessment']);
  });
  it('finds nothing between a snapshot and itself', () => {
    const s = snapshot('board', [{ ...goal(1, 'KF 1', 'fulfilled'), contributions: [] }]);
    expect(diffSnapshots(s, s)).toEqual([]);
  });
});
