import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { ACTIVITY_STATUSES, actionPlans, activities, activityGoals, followUpEntries, followUpEvents, followUpPeriods, goalLinks, goalRollups, goals, indicatorValues, indicators, planYears, rollupSettings, type ActivityStatus } from '@/db/schema';
import { DEFAULT_SETTINGS, emptyCounts, indicatorProgress, proposeFulfilment, type RollupSettings, type StatusCounts } from './rules';

/**
 * The roll-up is kept in goal_rollups and maintained when a meeting is saved; pages read it and
 * never aggregate raw follow-up rows. An activity's status in a period is the status of the
 * latest workplace meeting on or before the period's end; without one it has not started.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Conn = Db | Tx;

export function settingsOf(db: Conn, municipalityId: number): RollupSettings {
  return db.select().from(rollupSettings).where(eq(rollupSettings.municipalityId, municipalityId)).get() ?? DEFAULT_SETTINGS;
}

/** Each goal with itself and every goal above it, so an activity counts once for each of them. */
function goalsUpwards(db: Conn, planYearId: number): Map<number, number[]> {
  const ids = db.select({ id: goals.id }).from(goals).where(eq(goals.planYearId, planYearId)).all().map((g) => g.id);
  const parents = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (ids.length) for (const l of db.select().from(goalLinks).where(inArray(goalLinks.goalId, ids)).all()) parents.get(l.goalId)?.push(l.contributesToGoalId);
  const up = new Map<number, number[]>();
  for (const id of ids) {
    const seen = new Set<number>([id]);
    const queue = [id];
    while (queue.length) {
      for (const p of parents.get(queue.shift()!) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        queue.push(p);
      }
    }
    up.set(id, [...seen]);
  }
  return up;
}

/** The plan version that counts for each unit: its latest approved one, else its current one. */
function countedActivityIds(db: Conn, planYearId: number): Set<number> {
  const plans = db.select({ id: actionPlans.id, unitId: actionPlans.unitId, version: actionPlans.version, status: actionPlans.status, isCurrent: actionPlans.isCurrent }).from(actionPlans).where(eq(actionPlans.planYearId, planYearId)).all();
  const chosen = new Map<number, (typeof plans)[number]>();
  for (const p of plans) {
    const seen = chosen.get(p.unitId);
    const better = !seen || (p.status === 'approved' && (seen.status !== 'approved' || p.version > seen.version)) || (seen.status !== 'approved' && p.isCurrent);
    if (better) chosen.set(p.unitId, p);
  }
  const planIds = [...chosen.values()].map((p) => p.id);
  const result = new Set<number>();
  for (let i = 0; i < planIds.length; i += 5000) {
    for (const a of db.select({ id: activities.id }).from(activities).where(inArray(activities.planId, planIds.slice(i, i + 5000))).all()) result.add(a.id);
  }
  return result;
}

/**
 * A new plan version copies its activities; their follow-up history stays with the originals.
 * Map every earlier copy to the counted activity that continues it, so history follows along.
 */
function lineageOf(db: Conn, planYearId: number, counted: Set<number>): Map<number, number> {
  const copies = db
    .select({ id: activities.id, from: activities.copiedFromActivityId })
    .from(activities)
    .innerJoin(actionPlans, eq(actionPlans.id, activities.planId))
    .where(and(eq(actionPlans.planYearId, planYearId), isNotNull(activities.copiedFromActivityId)))
    .all();
  const from = new Map(copies.map((c) => [c.id, c.from!]));
  const continuedBy = new Map<number, number>();
  for (const id of counted) {
    let source = from.get(id);
    for (let depth = 0; source !== undefined && depth < 50; depth++) {
      continuedBy.set(source, id);
      source = from.get(source);
    }
  }
  return continuedBy;
}

/** The activity and the earlier versions of it whose history it continues. */
function ancestorsOf(db: Conn, activityId: number): number[] {
  const ids = [activityId];
  for (let depth = 0; depth < 50; depth++) {
    const row = db.select({ from: activities.copiedFromActivityId }).from(activities).where(eq(activities.id, ids[ids.length - 1]!)).get();
    if (!row?.from) break;
    ids.push(row.from);
  }
  return ids;
}

/** Which goals each counted activity adds to: its own goals and all goals above them. */
function activityGoalMap(db: Conn, planYearId: number, counted: Set<number>) {
  const up = goalsUpwards(db, planYearId);
  const byActivity = new Map<number, Set<number>>();
  const rows = db
    .select({ activityId: activityGoals.activityId, goalId: activityGoals.goalId })
    .from(activityGoals)
    .innerJoin(goals, eq(goals.id, activityGoals.goalId))
    .where(eq(goals.planYearId, planYearId))
    .all();
  for (const r of rows) {
    if (!counted.has(r.activityId)) continue;
    const set = byActivity.get(r.activityId) ?? new Set<number>();
    for (const g of up.get(r.goalId) ?? [r.goalId]) set.add(g);
    byActivity.set(r.activityId, set);
  }
  return { byActivity, goalIds: [...up.keys()] };
}

function indicatorMeans(db: Conn, goalIds: number[], periods: { id: number; periodEnd: string }[]) {
  const inds = goalIds.length ? db.select().from(indicators).where(inArray(indicators.goalId, goalIds)).all() : [];
  const values = inds.length
    ? db.select({ indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, periodEnd: followUpPeriods.periodEnd }).from(indicatorValues).innerJoin(followUpPeriods, eq(followUpPeriods.id, indicatorValues.periodId)).where(inArray(indicatorValues.indicatorId, inds.map((i) => i.id))).all()
    : [];
  const means = new Map<string, number | null>();
  for (const goalId of goalIds) {
    for (const p of periods) {
      const progress = inds
        .filter((i) => i.goalId === goalId)
        .map((i) => {
          const latest = values.filter((v) => v.indicatorId === i.id && v.periodEnd <= p.periodEnd).sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
          return latest ? indicatorProgress(i.baseline, i.target, latest.value) : null;
        })
        .filter((v): v is number => v !== null);
      means.set(`${goalId}:${p.id}`, progress.length ? progress.reduce((s, v) => s + v, 0) / progress.length : null);
    }
  }
  return means;
}

const COLUMN: Record<ActivityStatus, 'notStarted' | 'onTrack' | 'atRisk' | 'offTrack' | 'done'> = { not_started: 'notStarted', on_track: 'onTrack', at_risk: 'atRisk', off_track: 'offTrack', done: 'done' };

/** Recomputes every goal of a plan year for every period from the follow-up rows: one pass over them. */
export function rebuildRollups(db: Db, planYearId: number): { goals: number; periods: number; entries: number } {
  const year = db.select().from(planYears).where(eq(planYears.id, planYearId)).get();
  if (!year) return { goals: 0, periods: 0, entries: 0 };
  const periods = db.select({ id: followUpPeriods.id, periodEnd: followUpPeriods.periodEnd }).from(followUpPeriods).where(eq(followUpPeriods.planYearId, planYearId)).orderBy(followUpPeriods.periodEnd).all();
  const counted = countedActivityIds(db, planYearId);
  const { byActivity, goalIds } = activityGoalMap(db, planYearId, counted);
  const continuedBy = lineageOf(db, planYearId, counted);

  // One scan of the year's meeting rows, keeping per activity its dated statuses. Only integers
  // cross into JavaScript (the meeting's id, and the status by its length, which differs for each
  // status): strings for 200,000+ rows would cost more than the scan itself.
  const from = `${year.year}-01-01`;
  const to = `${year.year}-12-31`;
  const meetingDay = new Map<number, string>(
    (db.$client.prepare(`SELECT id, held_on FROM follow_up_events WHERE kind = 'workplace_meeting' AND held_on BETWEEN ? AND ?`).raw().all(from, to) as [number, string][]),
  );
  const statusByLength = new Map<number, ActivityStatus>(ACTIVITY_STATUSES.map((s) => [s.length, s]));
  const history = new Map<number, [string, ActivityStatus, number][]>();
  const scan = db.$client.prepare(
    `SELECT fe.activity_id, length(fe.status), fe.event_id FROM follow_up_entries fe JOIN follow_up_events ev ON ev.id = fe.event_id
     WHERE ev.kind = 'workplace_meeting' AND ev.held_on BETWEEN ? AND ?`,
  );
  let entries = 0;
  for (const row of scan.raw().iterate(from, to) as Iterable<[number, number, number]>) {
    entries++;
    const activityId = byActivity.has(row[0]) ? row[0] : continuedBy.get(row[0]);
    if (activityId === undefined) continue;
    let list = history.get(activityId);
    if (!list) history.set(activityId, (list = []));
    list.push([meetingDay.get(row[2])!, statusByLength.get(row[1])!, row[2]]);
  }
  // Two meetings on the same day: the one recorded later (the higher id) decides, as it does
  // when a meeting is saved and applied as a delta.
  for (const list of history.values()) list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));

  const counts = new Map<string, StatusCounts>();
  for (const goalId of goalIds) for (const p of periods) counts.set(`${goalId}:${p.id}`, emptyCounts());
  for (const [activityId, goalSet] of byActivity) {
    const list = history.get(activityId) ?? [];
    let i = -1;
    for (const p of periods) {
      while (i + 1 < list.length && list[i + 1]![0] <= p.periodEnd) i++;
      const status: ActivityStatus = i >= 0 ? list[i]![1] : 'not_started';
      for (const g of goalSet) counts.get(`${g}:${p.id}`)![status]++;
    }
  }

  const settings = settingsOf(db, year.municipalityId);
  const means = indicatorMeans(db, goalIds, periods);
  const now = new Date();
  db.transaction(
    (tx) => {
      tx.delete(goalRollups).where(inArray(goalRollups.periodId, periods.map((p) => p.id))).run();
      for (const goalId of goalIds) {
        for (const p of periods) {
          const c = counts.get(`${goalId}:${p.id}`)!;
          const mean = means.get(`${goalId}:${p.id}`) ?? null;
          tx.insert(goalRollups)
            .values({ goalId, periodId: p.id, activities: Object.values(c).reduce((s, n) => s + n, 0), notStarted: c.not_started, onTrack: c.on_track, atRisk: c.at_risk, offTrack: c.off_track, done: c.done, indicatorProgress: mean, proposed: proposeFulfilment(c, mean, settings)?.proposal ?? null, computedAt: now })
            .run();
        }
      }
    },
    { behavior: 'immediate' },
  );
  return { goals: goalIds.length, periods: periods.length, entries };
}

/**
 * After one workplace meeting is saved (inside its transaction): move each of its activities from
 * its old status to its new one in every period the meeting now decides, for the activity's goals
 * and all goals above them. A few row updates instead of a rebuild.
 */
export function applyMeetingToRollups(tx: Tx, eventId: number, municipalityId: number): number {
  const event = tx.select().from(followUpEvents).where(eq(followUpEvents.id, eventId)).get();
  if (!event || event.kind !== 'workplace_meeting') return 0;
  const year = tx.select().from(planYears).where(and(eq(planYears.municipalityId, municipalityId), eq(planYears.year, Number(event.heldOn.slice(0, 4))))).get();
  if (!year) return 0;
  const periods = tx.select({ id: followUpPeriods.id, periodEnd: followUpPeriods.periodEnd }).from(followUpPeriods).where(and(eq(followUpPeriods.planYearId, year.id), sql`${followUpPeriods.periodEnd} >= ${event.heldOn}`)).all();
  if (periods.length === 0) return 0;
  const existing = tx.select({ n: sql<number>`count(*)` }).from(goalRollups).where(eq(goalRollups.periodId, periods[0]!.id)).get()?.n ?? 0;
  if (existing === 0) return 0; // not built yet: the next rebuild includes this meeting

  const entries = tx.select({ activityId: followUpEntries.activityId, status: followUpEntries.status }).from(followUpEntries).where(eq(followUpEntries.eventId, eventId)).all();
  const goalRows = entries.length ? tx.select({ activityId: activityGoals.activityId, goalId: activityGoals.goalId }).from(activityGoals).where(inArray(activityGoals.activityId, entries.map((e) => e.activityId))).all() : [];
  const up = goalsUpwards(tx, year.id);
  const touched = new Set<string>();
  let changes = 0;

  for (const entry of entries) {
    // Only this year's meetings count, as in the rebuild: an activity carried over from last year
    // starts the year as not started whatever it ended last year with.
    const others = tx
      .select({ id: followUpEvents.id, heldOn: followUpEvents.heldOn, status: followUpEntries.status })
      .from(followUpEntries)
      .innerJoin(followUpEvents, eq(followUpEvents.id, followUpEntries.eventId))
      .where(and(inArray(followUpEntries.activityId, ancestorsOf(tx, entry.activityId)), eq(followUpEvents.kind, 'workplace_meeting'), sql`${followUpEvents.id} <> ${eventId}`, sql`${followUpEvents.heldOn} BETWEEN ${`${year.year}-01-01`} AND ${`${year.year}-12-31`}`))
      .all()
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id);
    const goalSet = new Set(goalRows.filter((g) => g.activityId === entry.activityId).flatMap((g) => up.get(g.goalId) ?? [g.goalId]));
    for (const p of periods) {
      // A later meeting within the period already decides it: this one changes nothing there.
      if (others.some((o) => o.heldOn > event.heldOn && o.heldOn <= p.periodEnd)) continue;
      const before = others.filter((o) => o.heldOn <= p.periodEnd).pop()?.status ?? 'not_started';
      if (before === entry.status) continue;
      for (const goalId of goalSet) {
        const from = goalRollups[COLUMN[before]];
        const to = goalRollups[COLUMN[entry.status]];
        tx.update(goalRollups)
          .set({ [COLUMN[before]]: sql`${from} - 1`, [COLUMN[entry.status]]: sql`${to} + 1`, computedAt: new Date() })
          .where(and(eq(goalRollups.goalId, goalId), eq(goalRollups.periodId, p.id)))
          .run();
        touched.add(`${goalId}:${p.id}`);
        changes++;
      }
    }
  }

  const settings = settingsOf(tx, municipalityId);
  for (const key of touched) {
    const [goalId, periodId] = key.split(':').map(Number) as [number, number];
    const row = tx.select().from(goalRollups).where(and(eq(goalRollups.goalId, goalId), eq(goalRollups.periodId, periodId))).get();
    if (!row) continue;
    const c = { not_started: row.notStarted, on_track: row.onTrack, at_risk: row.atRisk, off_track: row.offTrack, done: row.done };
    tx.update(goalRollups).set({ proposed: proposeFulfilment(c, row.indicatorProgress, settings)?.proposal ?? null }).where(and(eq(goalRollups.goalId, goalId), eq(goalRollups.periodId, periodId))).run();
  }
  return changes;
}
