import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { followUpEntries, followUpEvents } from '@/db/schema';
import { talkFiguresForActivities, type TalkFigure } from '@/features/talks/figures';

/**
 * What this year's confirmed appraisal talks say about some activities, as counts only
 * (features/talks/figures.ts): null wherever fewer than six people stand behind a figure.
 * Notes and comments are never read here.
 */
export function talkAggregatesForActivities(db: Db, activityIds: number[], year: number): Map<number, TalkFigure> {
  if (activityIds.length === 0) return new Map();
  const rows = db
    .select({ activityId: followUpEntries.activityId, personId: sql<number>`${followUpEvents.employeePersonId}`, eventId: followUpEvents.id, heldOn: followUpEvents.heldOn, status: followUpEntries.status })
    .from(followUpEntries)
    .innerJoin(followUpEvents, eq(followUpEvents.id, followUpEntries.eventId))
    .where(
      and(
        inArray(followUpEntries.activityId, activityIds),
        eq(followUpEvents.kind, 'appraisal_talk'),
        eq(followUpEvents.status, 'confirmed'),
        sql`${followUpEvents.employeePersonId} IS NOT NULL`,
        sql`substr(${followUpEvents.heldOn}, 1, 4) = ${String(year)}`,
        // A corrected talk counts once, through its confirmed correction.
        sql`NOT EXISTS (SELECT 1 FROM follow_up_events c WHERE c.corrects_event_id = ${followUpEvents.id} AND c.status = 'confirmed')`,
      ),
    )
    .all();
  return talkFiguresForActivities(activityIds, rows);
}
