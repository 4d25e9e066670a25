import type { Db } from '@/db/connection';
import { proposeFulfilment, type RollupSettings, type StatusCounts } from './rules';

type Conn = Pick<Db, '$client'>;

/**
 * After the municipal office changes the rule, every maintained proposal of the municipality's
 * open plan years is worked out again from the counts already kept in goal_rollups: the counts do
 * not depend on the rule, so no follow-up row needs to be read. Closed years keep the proposals
 * they were followed up with, and approved reports keep their snapshots whatever happens here.
 * Returns how many proposals changed.
 */
export function reproposeRollups(db: Conn, municipalityId: number, settings: RollupSettings): number {
  const rows = db.$client
    .prepare(
      `SELECT r.goal_id AS goalId, r.period_id AS periodId, r.not_started, r.on_track, r.at_risk, r.off_track, r.done, r.indicator_progress AS progress, r.proposed
       FROM goal_rollups r JOIN goals g ON g.id = r.goal_id JOIN plan_years y ON y.id = g.plan_year_id
       WHERE y.municipality_id = ? AND y.status = 'open'`,
    )
    .all(municipalityId) as { goalId: number; periodId: number; not_started: number; on_track: number; at_risk: number; off_track: number; done: number; progress: number | null; proposed: string | null }[];
  const update = db.$client.prepare('UPDATE goal_rollups SET proposed = ? WHERE goal_id = ? AND period_id = ?');
  let changed = 0;
  for (const r of rows) {
    const counts: StatusCounts = { not_started: r.not_started, on_track: r.on_track, at_risk: r.at_risk, off_track: r.off_track, done: r.done };
    const proposal = proposeFulfilment(counts, r.progress, settings)?.proposal ?? null;
    if (proposal === r.proposed) continue;
    update.run(proposal, r.goalId, r.periodId);
    changed++;
  }
  return changed;
}
