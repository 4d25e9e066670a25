import { describe, expect, it } from 'vitest';
import { activityChanges, nextVersion, type VersionedActivity } from './versioning';

const activity = (over: Partial<VersionedActivity> = {}): VersionedActivity => ({
  title: 'Läsfrämjande insatser',
  description: null,
  ownerPersonId: 7,
  startDate: '2026-02-01',
  endDate: '2026-06-30',
  expectedResult: 'Fler barn läser dagligen',
  indicatorId: null,
  goalIds: [3],
  status: 'on_track',
  sortOrder: 0,
  ...over,
});

describe('a new plan version', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const source = { id: 41, unitId: 9, planYearId: 2, version: 1 };

  it('is a draft of the next number that points back to the version it replaces', () => {
    const { plan } = nextVersion(source, [], 5, now);
    expect(plan).toEqual({ unitId: 9, planYearId: 2, version: 2, supersedesPlanId: 41, isCurrent: true, status: 'draft', createdByPersonId: 5, revision: 1, updatedAt: now });
  });

  it('copies every activity with its goal links and progress, in the old order', () => {
    const a = activity({ title: 'B', sortOrder: 4, goalIds: [8, 3, 8], status: 'at_risk' });
    const b = activity({ title: 'A', sortOrder: 1, indicatorId: 12 });
    const copy = nextVersion(source, [a, b], 5, now).activities;
    expect(copy.map((c) => c.title)).toEqual(['A', 'B']);
    expect(copy[1]).toMatchObject({ goalIds: [3, 8], status: 'at_risk', sortOrder: 1 });
    expect(copy[0]).toMatchObject({ indicatorId: 12, sortOrder: 0 });
  });

  it('remembers which activity each copy continues', () => {
    const copy = nextVersion(source, [activity({ id: 301, sortOrder: 1 }), activity({ id: 300, sortOrder: 0 })], 5, now).activities;
    expect(copy.map((c) => c.id)).toEqual([300, 301]);
  });

  it('leaves the source activities as they were', () => {
    const a = activity({ goalIds: [5, 2] });
    nextVersion(source, [a], 5, now);
    expect(a.goalIds).toEqual([5, 2]);
  });
});

describe('what changed in an activity', () => {
  it('names each changed field with its value before and after', () => {
    expect(activityChanges(activity(), activity({ title: 'Ny titel', endDate: '2026-08-31' }))).toEqual([
      { field: 'title', before: 'Läsfrämjande insatser', after: 'Ny titel' },
      { field: 'endDate', before: '2026-06-30', after: '2026-08-31' },
    ]);
  });

  it('ignores the order of goals but not a changed goal', () => {
    expect(activityChanges(activity({ goalIds: [3, 4] }), activity({ goalIds: [4, 3] }))).toEqual([]);
    expect(activityChanges(activity({ goalIds: [3] }), activity({ goalIds: [4] }))).toEqual([{ field: 'goalIds', before: [3], after: [4] }]);
  });

  it('sees a description removed', () => {
    expect(activityChanges(activity({ description: 'x' }), activity())).toEqual([{ field: 'description', before: 'x', after: null }]);
  });
});
