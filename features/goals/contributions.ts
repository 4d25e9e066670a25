import 'server-only';
import type { Db } from '@/db/connection';
import { ReadCache } from '@/lib/cache/read-cache';
import { planInForceSql } from '@/features/plans/in-force';

export interface Contribution {
  activities: number;
  employees: number;
}

/**
 * How many activities and employees contribute to each goal of a plan year, directly or through
 * the goals below it. Counting distinct employees under a council goal means walking up to
 * ~150,000 assignment–activity pairs at the large preset (≈ 0.3 s), far too slow per request, so
 * the whole year is counted with one grouped query pair and kept in memory until anything is
 * written (lib/cache/read-cache.ts), so no write anywhere can leave a stale count behind.
 */
const yearCounts = new ReadCache<Map<number, Contribution>>(20);

// Each goal of the year with itself and every goal it contributes to, at most three levels up.
const ANCESTORS = `WITH RECURSIVE up(goal_id, ancestor_id, depth) AS (
    SELECT id, id, 0 FROM goals WHERE plan_year_id = ?
    UNION
    SELECT up.goal_id, l.contributes_to_goal_id, up.depth + 1 FROM up JOIN goal_links l ON l.goal_id = up.ancestor_id WHERE up.depth < 4
  )`;

export function contributionCounts(db: Db, planYearId: number): Map<number, Contribution> {
  return yearCounts.read(db, String(planYearId), () => countYear(db, planYearId));
}

function countYear(db: Db, planYearId: number): Map<number, Contribution> {
  const counts = new Map<number, Contribution>();
  const activityRows = db.$client
    .prepare(
      `${ANCESTORS}
       SELECT up.ancestor_id AS goalId, count(DISTINCT ag.activity_id) AS n
       FROM up JOIN activity_goals ag ON ag.goal_id = up.goal_id
       JOIN activities a ON a.id = ag.activity_id JOIN action_plans p ON p.id = a.plan_id AND ${planInForceSql('p')}
       GROUP BY up.ancestor_id`,
    )
    .all(planYearId) as { goalId: number; n: number }[];
  const employeeRows = db.$client
    .prepare(
      `${ANCESTORS}
       SELECT up.ancestor_id AS goalId, count(DISTINCT s.person_id) AS n
       FROM up JOIN activity_goals ag ON ag.goal_id = up.goal_id
       JOIN activities a ON a.id = ag.activity_id JOIN action_plans p ON p.id = a.plan_id AND ${planInForceSql('p')}
       JOIN assignment_activities aa ON aa.activity_id = ag.activity_id
       JOIN assignments s ON s.id = aa.assignment_id AND s.plan_year_id = ?
       GROUP BY up.ancestor_id`,
    )
    .all(planYearId, planYearId) as { goalId: number; n: number }[];
  for (const r of activityRows) counts.set(r.goalId, { activities: r.n, employees: 0 });
  for (const r of employeeRows) counts.set(r.goalId, { activities: counts.get(r.goalId)?.activities ?? 0, employees: r.n });
  return counts;
}
