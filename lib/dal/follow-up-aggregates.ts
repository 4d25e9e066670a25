import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { followUpEntries, followUpEvents } from '@/db/schema';
import { suppressTotal, type StatusCounts } from '@/lib/follow-up/small-groups';

export interface ActivityFollowUp {
  /** Agreed statuses from this year's confirmed appraisal talks, or null when fewer than six people stand behind them. */
  talks: { people: number; counts: StatusCounts } | null;
  talkPeople: number;
}

/**
 * What the talks say about some activities, as counts only. Notes are never read here, and a
 * breakdown of fewer than six people is replaced by null so that no one can be pointed out.
 */
export function talkAggregatesForActivities(db: Db, activityIds: number[], year: number): Map<number, ActivityFollowUp> {
  const result = new Map<number, ActivityFollowUp>();
  if (activityIds.length === 0) return result;
  const rows = db
    .select({ activityId: followUpEntries.activityId, status: followUpEntries.status, people: sql<number>`count(DISTINCT ${followUpEvents.employeePersonId})` })
    .from(followUpEntries)
    .innerJoin(followUpEvents, eq(followUpEvents.id, followUpEntries.eventId))
    .where(
      and(
        inArray(followUpEntries.activityId, activityIds),
        eq(followUpEvents.kind, 'appraisal_talk'),
        eq(followUpEvents.status, 'confirmed'),
        sql`substr(${followUpEvents.heldOn}, 1, 4) = ${String(year)}`,
        // A corrected talk counts once, through its correction.
        sql`NOT EXISTS (SELECT 1 FROM follow_up_events c WHERE c.corrects_event_id = ${followUpEvents.id})`,
      ),
    )
    .groupBy(followUpEntries.activityId, followUpEntries.status)
    .all();
  for (const id of activityIds) {
    const mine = rows.filter((r) => r.activityId === id);
    const counts: StatusCounts = Object.fromEntries(mine.map((r) => [r.status, r.people]));
    const people = mine.reduce((s, r) => s + r.people, 0);
    result.set(id, { talks: suppressTotal(people, counts), talkPeople: people });
  }
  return result;
}
