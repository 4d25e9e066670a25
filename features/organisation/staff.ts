import 'server-only';
import type { Db } from '@/db/connection';

/**
 * The people employed now in each unit, counting every unit below it: an administration's staff
 * is everyone working in its departments and units, not the few placed at the administration
 * itself. A person employed in two units below the same one counts once there. Closed units and
 * ended employments do not count; the organisation is at most a dozen levels deep.
 */
export function staffCounts(db: Db, unitIds: number[]): Map<number, number> {
  if (unitIds.length === 0) return new Map();
  const rows = db.$client
    .prepare(
      `WITH RECURSIVE below(root, id, depth) AS (
         SELECT value, value, 0 FROM json_each(?)
         UNION ALL SELECT below.root, o.id, below.depth + 1 FROM org_units o JOIN below ON o.parent_id = below.id WHERE o.closed_at IS NULL AND below.depth < 12
       )
       SELECT below.root AS unitId, count(DISTINCT e.person_id) AS n FROM below JOIN employments e ON e.unit_id = below.id AND e.end_date IS NULL GROUP BY below.root`,
    )
    .all(JSON.stringify(unitIds)) as { unitId: number; n: number }[];
  return new Map(rows.map((r) => [r.unitId, r.n]));
}
