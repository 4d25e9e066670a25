/**
 * Everything from talks that leaves the unit is an aggregate, and an aggregate of fewer than six
 * people is never broken down: with five people, "one at risk" points at someone. The figure is
 * replaced by a reason, and so is any group whose suppressed total could be worked out from the
 * others (a single suppressed group next to a shown total).
 */
export const MIN_GROUP_SIZE = 6;

export type StatusCounts = Record<string, number>;

export type GroupFigure<K> = { key: K; people: number; counts: StatusCounts; suppressed: false } | { key: K; people: number | null; counts: null; suppressed: true; reason: 'tooFewPeople' | 'couldBeDerived' };

export function suppressSmallGroups<K>(groups: { key: K; people: number; counts: StatusCounts }[], minSize = MIN_GROUP_SIZE): GroupFigure<K>[] {
  const figures: GroupFigure<K>[] = groups.map((g) => (g.people < minSize ? { key: g.key, people: null, counts: null, suppressed: true, reason: 'tooFewPeople' } : { key: g.key, people: g.people, counts: g.counts, suppressed: false }));
  // One hidden group among shown ones could be derived from a total shown elsewhere: hide the smallest shown one too.
  const hidden = figures.filter((f) => f.suppressed).length;
  if (hidden === 1 && figures.length > 1) {
    const smallest = figures
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => !f.suppressed)
      .sort((a, b) => (a.f.people ?? 0) - (b.f.people ?? 0))[0];
    if (smallest) figures[smallest.i] = { key: smallest.f.key, people: null, counts: null, suppressed: true, reason: 'couldBeDerived' };
  }
  return figures;
}
