import 'server-only';
import type { Db } from '@/db/connection';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import { planInForceSql } from '@/features/plans/in-force';
import { emptyCounts, type StatusCounts } from '@/features/rollup/rules';

/**
 * How each unit's own activities serving one goal stood at the end of a period: the same figures
 * as the goal's roll-up (goal_rollups), split by unit, so that the units' counts add up to the
 * goal's. An activity counts for the goal it serves and every goal above; its status at the end of
 * the period is the one the latest workplace meeting of the year up to then gave it, or to an
 * earlier copy whose history it continues (a new plan version copies its activities), else "ej
 * påbörjad". Only the plans in force count.
 */
export function unitStatusCounts(db: Db, input: { goalId: number; planYearId: number; year: number; periodEnd: string; unitIds?: number[] }): Map<number, StatusCounts> {
  const unitFilter = input.unitIds ? 'AND p.unit_id IN (SELECT value FROM json_each(?))' : '';
  const args: unknown[] = [input.goalId, input.planYearId];
  if (input.unitIds) args.push(JSON.stringify(input.unitIds));
  args.push(`${input.year}-01-01`, input.periodEnd);
  const rows = db.$client
    .prepare(
      `WITH RECURSIVE below(goal_id, depth) AS (
         SELECT ?, 0 UNION SELECT gl.goal_id, below.depth + 1 FROM goal_links gl JOIN below ON gl.contributes_to_goal_id = below.goal_id WHERE below.depth < 12
       ),
       counted AS (
         SELECT DISTINCT a.id, p.unit_id FROM activity_goals ag JOIN (SELECT DISTINCT goal_id FROM below) b ON b.goal_id = ag.goal_id
         JOIN activities a ON a.id = ag.activity_id JOIN action_plans p ON p.id = a.plan_id
         WHERE p.plan_year_id = ? AND ${planInForceSql('p')} ${unitFilter}
       ),
       lineage(activity_id, source_id, depth) AS (
         SELECT id, id, 0 FROM counted
         UNION ALL SELECT l.activity_id, a.copied_from_activity_id, l.depth + 1 FROM lineage l JOIN activities a ON a.id = l.source_id WHERE a.copied_from_activity_id IS NOT NULL AND l.depth < 50
       ),
       decided AS (
         SELECT l.activity_id, fe.status, row_number() OVER (PARTITION BY l.activity_id ORDER BY ev.held_on DESC, ev.id DESC) AS latest
         FROM lineage l JOIN follow_up_entries fe ON fe.activity_id = l.source_id
         JOIN follow_up_events ev ON ev.id = fe.event_id AND ev.kind = 'workplace_meeting' AND ev.held_on BETWEEN ? AND ?
       )
       SELECT counted.unit_id AS unitId, coalesce(decided.status, 'not_started') AS status, count(*) AS n
       FROM counted LEFT JOIN decided ON decided.activity_id = counted.id AND decided.latest = 1
       GROUP BY counted.unit_id, coalesce(decided.status, 'not_started')`,
    )
    .all(...args) as { unitId: number; status: ActivityStatus; n: number }[];
  const byUnit = new Map<number, StatusCounts>();
  for (const r of rows) {
    const counts = byUnit.get(r.unitId) ?? byUnit.set(r.unitId, emptyCounts()).get(r.unitId)!;
    counts[r.status] += r.n;
  }
  return byUnit;
}
