import type { ReportGoal, ReportSnapshot, SnapshotFulfilment } from './snapshot';

/**
 * The pure parts of a report: which goals are the report's own, its summary, and the
 * differences between two snapshots ("as approved / as now", "this report / the previous one").
 */

type Counts = ReportGoal['rollup']['counts'];

/**
 * The goals whose assessment is the report's own: a board's goals for a board's report (each
 * once, though a board goal may serve several council goals), and for the executive board's
 * compiled report also the council goals it assesses.
 */
export function ownGoals(snapshot: Pick<ReportSnapshot, 'body' | 'sections'>): ReportGoal[] {
  const seen = new Map<number, ReportGoal>();
  if (snapshot.body.kind === 'council') for (const s of snapshot.sections) seen.set(s.id, s);
  for (const s of snapshot.sections) for (const c of s.contributions) for (const g of c.goals) if (!seen.has(g.id)) seen.set(g.id, g);
  return [...seen.values()];
}

export function summarise(goals: readonly Pick<ReportGoal, 'assessment'>[]): ReportSnapshot['summary'] {
  const summary = { fulfilled: 0, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 0 };
  for (const g of goals) {
    const f = g.assessment?.fulfilment;
    if (f === 'fulfilled') summary.fulfilled++;
    else if (f === 'partly_fulfilled') summary.partlyFulfilled++;
    else if (f === 'not_fulfilled') summary.notFulfilled++;
    else summary.notAssessed++;
  }
  return summary;
}

export type GoalChange =
  | { kind: 'title'; before: string; after: string }
  | { kind: 'proposed'; before: SnapshotFulfilment | null; after: SnapshotFulfilment | null }
  | { kind: 'assessment'; before: SnapshotFulfilment | null; after: SnapshotFulfilment | null }
  | { kind: 'forecast'; before: SnapshotFulfilment | null; after: SnapshotFulfilment | null }
  | { kind: 'analysis' }
  | { kind: 'counts'; before: Counts; after: Counts }
  | { kind: 'indicator'; name: string; before: number | null; after: number | null };

export interface GoalDiff {
  code: string;
  title: string;
  status: 'changed' | 'added' | 'removed';
  changes: GoalChange[];
}

/** Every goal of a snapshot once, sections first: the council goals, then the boards' goals. */
export function allGoals(snapshot: Pick<ReportSnapshot, 'sections'>): ReportGoal[] {
  const byCode = new Map<string, ReportGoal>();
  for (const s of snapshot.sections) if (!byCode.has(s.code)) byCode.set(s.code, s);
  for (const s of snapshot.sections) for (const c of s.contributions) for (const g of c.goals) if (!byCode.has(g.code)) byCode.set(g.code, g);
  return [...byCode.values()];
}

const sameCounts = (a: Counts, b: Counts) => a.notStarted === b.notStarted && a.onTrack === b.onTrack && a.atRisk === b.atRisk && a.offTrack === b.offTrack && a.done === b.done;

function goalChanges(before: ReportGoal, after: ReportGoal): GoalChange[] {
  const changes: GoalChange[] = [];
  if (before.title !== after.title) changes.push({ kind: 'title', before: before.title, after: after.title });
  if (!sameCounts(before.rollup.counts, after.rollup.counts)) changes.push({ kind: 'counts', before: before.rollup.counts, after: after.rollup.counts });
  if (before.rollup.proposed !== after.rollup.proposed) changes.push({ kind: 'proposed', before: before.rollup.proposed, after: after.rollup.proposed });
  const a = before.assessment;
  const b = after.assessment;
  if ((a?.fulfilment ?? null) !== (b?.fulfilment ?? null)) changes.push({ kind: 'assessment', before: a?.fulfilment ?? null, after: b?.fulfilment ?? null });
  if ((a?.forecast ?? null) !== (b?.forecast ?? null)) changes.push({ kind: 'forecast', before: a?.forecast ?? null, after: b?.forecast ?? null });
  if (a && b && a.analysis !== b.analysis) changes.push({ kind: 'analysis' });
  const beforeValues = new Map(before.indicators.map((i) => [i.name, i.value]));
  for (const i of after.indicators) {
    const old = beforeValues.get(i.name);
    if (old !== undefined && old !== i.value) changes.push({ kind: 'indicator', name: i.name, before: old, after: i.value });
  }
  return changes;
}

/**
 * What differs from `before` to `after`, per goal. Goals are matched by code, so a report can be
 * compared with last year's, whose goals carry the same codes under other ids.
 */
export function diffSnapshots(before: Pick<ReportSnapshot, 'sections'>, after: Pick<ReportSnapshot, 'sections'>): GoalDiff[] {
  const old = new Map(allGoals(before).map((g) => [g.code, g]));
  const diffs: GoalDiff[] = [];
  const seen = new Set<string>();
  for (const g of allGoals(after)) {
    seen.add(g.code);
    const was = old.get(g.code);
    if (!was) {
      diffs.push({ code: g.code, title: g.title, status: 'added', changes: [] });
      continue;
    }
    const changes = goalChanges(was, g);
    if (changes.length) diffs.push({ code: g.code, title: g.title, status: 'changed', changes });
  }
  for (const [code, g] of old) if (!seen.has(code)) diffs.push({ code, title: g.title, status: 'removed', changes: [] });
  return diffs;
}
