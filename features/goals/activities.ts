import 'server-only';
import type { Db } from '@/db/connection';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import { planInForceSql } from '@/features/plans/in-force';

export interface LinkedActivity {
  id: number;
  title: string;
  status: ActivityStatus;
  unitName: string;
  endDate: string;
}

/**
 * The activities of the plans in force linked directly to a goal, one page at a time, with the
 * total. `unitIds` limits them to a part of the organisation. Uses the activity_goals goal index.
 */
export function linkedActivities(db: Db, goalId: number, options: { limit: number; offset?: number; unitIds?: number[] | null }): { rows: LinkedActivity[]; total: number } {
  const unitFilter = options.unitIds ? `AND p.unit_id IN (SELECT value FROM json_each(?))` : '';
  const args: unknown[] = [goalId];
  if (options.unitIds) args.push(JSON.stringify(options.unitIds));
  const joins = `FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id JOIN action_plans p ON p.id = a.plan_id AND ${planInForceSql('p')}`;
  const where = `WHERE ag.goal_id = ? ${unitFilter}`;
  const total = (db.$client.prepare(`SELECT count(*) AS n ${joins} ${where}`).get(...args) as { n: number }).n;
  if (total === 0) return { rows: [], total };
  const rows = db.$client.prepare(`SELECT a.id, a.title, a.status, a.end_date AS endDate, u.name AS unitName ${joins} JOIN org_units u ON u.id = p.unit_id ${where} ORDER BY u.name, a.sort_order, a.id LIMIT ? OFFSET ?`).all(...args, options.limit, options.offset ?? 0) as LinkedActivity[];
  return { rows, total };
}

/** A unit and every unit below it; the organisation is at most a dozen levels deep. */
export function unitSubtree(db: Db, unitId: number): number[] {
  return (db.$client.prepare(`WITH RECURSIVE down(id, depth) AS (SELECT id, 0 FROM org_units WHERE id = ? UNION ALL SELECT o.id, down.depth + 1 FROM org_units o JOIN down ON o.parent_id = down.id WHERE down.depth < 12) SELECT id FROM down`).all(unitId) as { id: number }[]).map((r) => r.id);
}
