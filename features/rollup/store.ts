import { and, between, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/connection';
import { activities, activityGoals, followUpEntries, followUpEvents, followUpPeriods, goalLinks, goalRollups, goals, indicatorValues, indicators, planYears, rollupSettings } from '@/db/schema';
import { ACTIVITY_STATUSES, type ActivityStatus } from '@/lib/domain/activity-statuses';
import { DEFAULT_SETTINGS, emptyCounts, indicatorProgress, proposeFulfilment, type RollupSettings } from './rules';
import { planInForceSql } from '@/features/plans/in-force';

/**
 * The roll-up is kept in goal_rollups and maintained when a meeting is saved; pages read it and
 * never aggregate raw follow-up rows. An activity's status in a period is the status of the
 * latest workplace meeting on or before the period's end; without one it has not started.
 */

type Conn = Db | Tx;

export function settingsOf(db: Conn, municipalityId: number): RollupSettings {
  return db.select().from(rollupSettings).where(eq(rollupSettings.municipalityId, municipalityId)).get() ?? DEFAULT_SETTINGS;
}

/** Each goal with itself and every goal above it, so an activity counts once for each of them. */
function goalsUpwards(db: Conn, planYearId: number): Map<number, number[]> {
  const ids = db
    .select({ id: goals.id })
    .from(goals)
    .where(eq(goals.planYearId, planYearId))
    .all()
    .map((g) => g.id);
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

function indicatorMeans(db: Conn, goalIds: number[], periods: { id: number; periodEnd: string }[]) {
  const inds = goalIds.length ? db.select().from(indicators).where(inArray(indicators.goalId, goalIds)).all() : [];
  const values = inds.length
    ? db
        .select({ indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, periodEnd: followUpPeriods.periodEnd })
        .from(indicatorValues)
        .innerJoin(followUpPeriods, eq(followUpPeriods.id, indicatorValues.periodId))
        .where(
          inArray(
            indicatorValues.indicatorId,
            inds.map((i) => i.id),
          ),
        )
        .all()
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

/** The goal_rollups column that counts each status. */
const STATUS_COLUMN = { not_started: 'notStarted', on_track: 'onTrack', at_risk: 'atRisk', off_track: 'offTrack', done: 'done' } as const satisfies Record<ActivityStatus, keyof typeof goalRollups.$inferSelect>;

/** Status codes of the rebuild's integer arrays, in the order of ACTIVITY_STATUSES. */
const STATUS_CODE = new Map<ActivityStatus, number>(ACTIVITY_STATUSES.map((s, i) => [s, i]));
const NOT_STARTED = STATUS_CODE.get('not_started')!;
const S = ACTIVITY_STATUSES.length;
/**
 * The same codes in SQL, so that the scan hands each row over as one integer: a text per row
 * costs more to bring into JavaScript than the rest of the row. A status it does not know is NULL.
 */
const STATUS_CODE_SQL = `CASE fe.status ${ACTIVITY_STATUSES.map((s) => `WHEN '${s}' THEN ${STATUS_CODE.get(s)!}`).join(' ')} END`;

/** A date 'YYYY-MM-DD' as the integer YYYYMMDD, which orders the same way. */
const dayNumber = (isoDate: string) => Number(isoDate.slice(0, 4)) * 10000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10));

/**
 * The activities that count, each with a slot number, and the slot of every activity id whose
 * follow-up rows count for it: the activity itself and the earlier copies whose history it
 * continues (a new plan version copies its activities; their history stays with the originals).
 * Only the plans in force count (features/plans/in-force.ts).
 * Activities without a goal of the year are left out: they add to no goal.
 * Rows cross into JavaScript as single integers (two ids packed): arrays per row cost more than the queries.
 */
function activitySlots(sqlite: Db['$client'], planYearId: number, goalIndex: Map<number, number>, up: number[][]) {
  const countedPlans = JSON.stringify(
    sqlite
      .prepare(`SELECT p.id FROM action_plans p WHERE p.plan_year_id = ? AND ${planInForceSql('p')}`)
      .pluck()
      .all(planYearId),
  );
  const activitySpan = ((sqlite.prepare(`SELECT max(id) FROM activities`).pluck().get() as number | null) ?? 0) + 1;
  const goalSpan = Math.max(0, ...goalIndex.keys()) + 1;
  const links = sqlite
    .prepare(`SELECT ag.activity_id * ? + ag.goal_id FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id JOIN goals g ON g.id = ag.goal_id WHERE g.plan_year_id = ? AND a.plan_id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(goalSpan, planYearId, countedPlans) as number[];
  const copies = sqlite.prepare(`SELECT a.id * ? + a.copied_from_activity_id FROM activities a JOIN action_plans p ON p.id = a.plan_id WHERE p.plan_year_id = ? AND a.copied_from_activity_id IS NOT NULL`).pluck().all(activitySpan, planYearId) as number[];

  const slotOf = new Int32Array(activitySpan).fill(-1);
  const goalSets: Set<number>[] = [];
  const counted: number[] = [];
  for (const packed of links) {
    const goalId = packed % goalSpan;
    const activityId = (packed - goalId) / goalSpan;
    if (slotOf[activityId] === -1) {
      slotOf[activityId] = goalSets.length;
      goalSets.push(new Set());
      counted.push(activityId);
    }
    for (const g of up[goalIndex.get(goalId)!]!) goalSets[slotOf[activityId]!]!.add(g);
  }
  const copiedFrom = new Map<number, number>();
  for (const packed of copies) {
    const source = packed % activitySpan;
    copiedFrom.set((packed - source) / activitySpan, source);
  }
  // An activity's own rows decide for it even when a later version elsewhere continues it.
  for (const id of counted) {
    let source = copiedFrom.get(id);
    for (let depth = 0; source !== undefined && depth < 50; depth++) {
      if (counted[slotOf[source]!] !== source) slotOf[source] = slotOf[id]!;
      source = copiedFrom.get(source);
    }
  }
  return { slotOf, goalsOfSlot: goalSets.map((set) => [...set]) };
}

/** Recomputes every goal of a plan year for every period from the follow-up rows: one pass over them. */
export function rebuildRollups(db: Db, planYearId: number): { goals: number; periods: number; entries: number } {
  const sqlite = db.$client;
  const year = db.select().from(planYears).where(eq(planYears.id, planYearId)).get();
  if (!year) return { goals: 0, periods: 0, entries: 0 };
  const periods = db.select({ id: followUpPeriods.id, periodEnd: followUpPeriods.periodEnd }).from(followUpPeriods).where(eq(followUpPeriods.planYearId, planYearId)).orderBy(followUpPeriods.periodEnd).all();
  const upById = goalsUpwards(db, planYearId);
  const goalIds = [...upById.keys()];
  const goalIndex = new Map(goalIds.map((id, i) => [id, i]));
  const up = goalIds.map((id) => upById.get(id)!.map((g) => goalIndex.get(g)!));
  const { slotOf, goalsOfSlot } = activitySlots(sqlite, planYearId, goalIndex, up);
  const P = periods.length;
  const periodEnds = periods.map((p) => dayNumber(p.periodEnd));

  // Each meeting of the year: the first period it falls in (P when after the last one), and an
  // order key by day and then id, so within a period the latest meeting decides.
  const from = `${year.year}-01-01`;
  const to = `${year.year}-12-31`;
  const eventSpan = ((sqlite.prepare(`SELECT max(id) FROM follow_up_events`).pluck().get() as number | null) ?? 0) + 1;
  const meetings = sqlite.prepare(`SELECT CAST(replace(held_on, '-', '') AS INTEGER) * ? + id FROM follow_up_events WHERE kind = 'workplace_meeting' AND held_on BETWEEN ? AND ?`).pluck().all(eventSpan, from, to) as number[];
  const orderOf = new Float64Array(eventSpan);
  const periodOf = new Int32Array(eventSpan);
  for (const key of meetings) {
    const id = key % eventSpan;
    const day = (key - id) / eventSpan;
    let p = 0;
    while (p < P && periodEnds[p]! < day) p++;
    orderOf[id] = key;
    periodOf[id] = p;
  }

  // One scan of the year's meeting rows, each row ONE integer (activity, meeting and status packed).
  if (slotOf.length * eventSpan * S > Number.MAX_SAFE_INTEGER) throw new Error('rebuildRollups: ids too large to pack into one integer');
  const decided = new Float64Array(goalsOfSlot.length * P); // order key of the meeting deciding (slot, period)
  const statusAt = new Int8Array(goalsOfSlot.length * P);
  const rows = sqlite
    .prepare(
      `SELECT (fe.activity_id * ? + fe.event_id) * ${S} + ${STATUS_CODE_SQL} FROM follow_up_entries fe JOIN follow_up_events ev ON ev.id = fe.event_id
       WHERE ev.kind = 'workplace_meeting' AND ev.held_on BETWEEN ? AND ?`,
    )
    .pluck()
    .all(eventSpan, from, to) as (number | null)[];
  for (const packed of rows) {
    if (packed === null) continue;
    const code = packed % S;
    const rest = (packed - code) / S;
    const eventId = rest % eventSpan;
    const slot = slotOf[(rest - eventId) / eventSpan] ?? -1;
    const period = periodOf[eventId]!;
    if (slot < 0 || period >= P) continue;
    const k = slot * P + period;
    if (orderOf[eventId]! > decided[k]!) {
      decided[k] = orderOf[eventId]!;
      statusAt[k] = code;
    }
  }

  // Each activity's status carries forward until a later meeting changes it.
  const counts = new Int32Array(goalIds.length * P * S);
  goalsOfSlot.forEach((goalSet, slot) => {
    let status = NOT_STARTED;
    for (let period = 0; period < P; period++) {
      if (decided[slot * P + period]! > 0) status = statusAt[slot * P + period]!;
      for (const g of goalSet) counts[(g * P + period) * S + status]!++;
    }
  });

  const settings = settingsOf(db, year.municipalityId);
  const means = indicatorMeans(db, goalIds, periods);
  const computedAt = Math.floor(Date.now() / 1000);
  db.transaction(
    (tx) => {
      tx.delete(goalRollups)
        .where(
          inArray(
            goalRollups.periodId,
            periods.map((x) => x.id),
          ),
        )
        .run();
      const insert = sqlite.prepare(`INSERT INTO goal_rollups (goal_id, period_id, activities, not_started, on_track, at_risk, off_track, done, indicator_progress, proposed, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      goalIds.forEach((goalId, g) => {
        periods.forEach((period, i) => {
          const c = emptyCounts();
          for (const s of ACTIVITY_STATUSES) c[s] = counts[(g * P + i) * S + STATUS_CODE.get(s)!]!;
          const mean = means.get(`${goalId}:${period.id}`) ?? null;
          const total = Object.values(c).reduce((sum, n) => sum + n, 0);
          insert.run(goalId, period.id, total, c.not_started, c.on_track, c.at_risk, c.off_track, c.done, mean, proposeFulfilment(c, mean, settings)?.proposal ?? null, computedAt);
        });
      });
    },
    { behavior: 'immediate' },
  );
  return { goals: goalIds.length, periods: P, entries: rows.length };
}

/** The statements of one saved meeting's delta, each prepared once for the meeting. */
function meetingStatements(tx: Tx, eventId: number, year: number) {
  const atKey = and(eq(goalRollups.goalId, sql.placeholder('goalId')), eq(goalRollups.periodId, sql.placeholder('periodId')));
  const moves = new Map<string, { run(values: { goalId: number; periodId: number; at: number }): unknown }>();
  return {
    /** The earlier version an activity was copied from. */
    copiedFrom: tx
      .select({ source: activities.copiedFromActivityId })
      .from(activities)
      .where(eq(activities.id, sql.placeholder('id')))
      .prepare(),
    // Ordered as the rebuild orders them: by day, then by meeting. Only this year's meetings count,
    // as in the rebuild: an activity carried over from last year starts the year not started.
    others: tx
      .select({ heldOn: followUpEvents.heldOn, status: followUpEntries.status })
      .from(followUpEntries)
      .innerJoin(followUpEvents, eq(followUpEvents.id, followUpEntries.eventId))
      .where(and(sql`${followUpEntries.activityId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`, eq(followUpEvents.kind, 'workplace_meeting'), ne(followUpEvents.id, eventId), between(followUpEvents.heldOn, `${year}-01-01`, `${year}-12-31`)))
      .orderBy(followUpEvents.heldOn, followUpEvents.id)
      .prepare(),
    /** One activity moved from one status to another in one goal's count for one period. */
    move(from: ActivityStatus, to: ActivityStatus) {
      let statement = moves.get(`${from}>${to}`);
      if (!statement) {
        const [f, t] = [STATUS_COLUMN[from], STATUS_COLUMN[to]];
        statement = tx
          .update(goalRollups)
          .set({ [f]: sql`${goalRollups[f]} - 1`, [t]: sql`${goalRollups[t]} + 1`, computedAt: sql`${sql.placeholder('at')}` })
          .where(atKey)
          .prepare();
        moves.set(`${from}>${to}`, statement);
      }
      return statement;
    },
    counts: tx.select({ not_started: goalRollups.notStarted, on_track: goalRollups.onTrack, at_risk: goalRollups.atRisk, off_track: goalRollups.offTrack, done: goalRollups.done, indicatorProgress: goalRollups.indicatorProgress }).from(goalRollups).where(atKey).prepare(),
    propose: tx
      .update(goalRollups)
      .set({ proposed: sql`${sql.placeholder('proposed')}` })
      .where(atKey)
      .prepare(),
  };
}

/**
 * After one workplace meeting is saved (inside its transaction): move each of its activities from
 * its old status to its new one in every period the meeting now decides, for the activity's goals
 * and all goals above them. A few row updates instead of a rebuild.
 */
export function applyMeetingToRollups(tx: Tx, eventId: number, municipalityId: number): number {
  const event = tx.select().from(followUpEvents).where(eq(followUpEvents.id, eventId)).get();
  if (!event || event.kind !== 'workplace_meeting') return 0;
  const year = tx
    .select()
    .from(planYears)
    .where(and(eq(planYears.municipalityId, municipalityId), eq(planYears.year, Number(event.heldOn.slice(0, 4)))))
    .get();
  if (!year) return 0;
  const periods = tx
    .select({ id: followUpPeriods.id, periodEnd: followUpPeriods.periodEnd })
    .from(followUpPeriods)
    .where(and(eq(followUpPeriods.planYearId, year.id), sql`${followUpPeriods.periodEnd} >= ${event.heldOn}`))
    .all();
  if (periods.length === 0) return 0;
  const existing =
    tx
      .select({ n: sql<number>`count(*)` })
      .from(goalRollups)
      .where(eq(goalRollups.periodId, periods[0]!.id))
      .get()?.n ?? 0;
  if (existing === 0) return 0; // not built yet: the next rebuild includes this meeting

  const entries = tx.select({ activityId: followUpEntries.activityId, status: followUpEntries.status }).from(followUpEntries).where(eq(followUpEntries.eventId, eventId)).all();
  const goalRows = entries.length
    ? tx
        .select({ activityId: activityGoals.activityId, goalId: activityGoals.goalId })
        .from(activityGoals)
        .where(
          inArray(
            activityGoals.activityId,
            entries.map((e) => e.activityId),
          ),
        )
        .all()
    : [];
  const up = goalsUpwards(tx, year.id);
  const touched = new Set<string>();
  let changes = 0;

  // One meeting runs a few hundred small statements in its saving transaction; building and
  // preparing each anew cost more than running it. So each is prepared once for the meeting
  // (drizzle's prepared queries) and run with new values.
  const statements = meetingStatements(tx, eventId, year.year);
  for (const entry of entries) {
    const ancestors = [entry.activityId];
    for (let depth = 0; depth < 50; depth++) {
      const source = statements.copiedFrom.get({ id: ancestors[ancestors.length - 1]! })?.source;
      if (!source) break;
      ancestors.push(source);
    }
    const others = statements.others.all({ ids: JSON.stringify(ancestors) });
    const goalSet = new Set(goalRows.filter((g) => g.activityId === entry.activityId).flatMap((g) => up.get(g.goalId) ?? [g.goalId]));
    for (const p of periods) {
      // A later meeting within the period already decides it: this one changes nothing there.
      if (others.some((o) => o.heldOn > event.heldOn && o.heldOn <= p.periodEnd)) continue;
      const before = others.filter((o) => o.heldOn <= p.periodEnd).pop()?.status ?? 'not_started';
      if (before === entry.status) continue;
      const move = statements.move(before, entry.status);
      for (const goalId of goalSet) {
        move.run({ goalId, periodId: p.id, at: Math.floor(Date.now() / 1000) });
        touched.add(`${goalId}:${p.id}`);
        changes++;
      }
    }
  }

  const settings = settingsOf(tx, municipalityId);
  for (const key of touched) {
    const [goalId, periodId] = key.split(':').map(Number) as [number, number];
    const row = statements.counts.get({ goalId, periodId });
    if (!row) continue;
    const { indicatorProgress: progress, ...c } = row;
    statements.propose.run({ goalId, periodId, proposed: proposeFulfilment(c, progress, settings)?.proposal ?? null });
  }
  return changes;
}
