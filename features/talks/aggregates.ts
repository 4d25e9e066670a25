import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { followUpEntries, followUpEvents, orgUnits } from '@/db/schema';
import type { Viewer } from '@/lib/permissions';
import { talkFiguresForActivities, type TalkFigure } from '@/features/talks/figures';

/**
 * What this year's confirmed appraisal talks say about some activities, as counts only
 * (features/talks/figures.ts): null wherever fewer than six people stand behind a figure.
 * Notes and comments are never read here, and only talks held in the viewer's own municipality count.
 */
export function talkAggregatesForActivities(db: Db, viewer: Viewer, input: { activityIds: number[]; year: number }): Map<number, TalkFigure> {
  const { activityIds, year } = input;
  if (activityIds.length === 0) return new Map();
  const rows = db
    .select({ activityId: followUpEntries.activityId, personId: sql<number>`${followUpEvents.employeePersonId}`, eventId: followUpEvents.id, heldOn: followUpEvents.heldOn, status: followUpEntries.status })
    .from(followUpEntries)
    .innerJoin(followUpEvents, eq(followUpEvents.id, followUpEntries.eventId))
    .innerJoin(orgUnits, eq(orgUnits.id, followUpEvents.unitId))
    .where(
      and(
        eq(orgUnits.municipalityId, viewer.municipalityId),
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
