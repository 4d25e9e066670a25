import 'server-only';
import type { Db } from '@/db/connection';
import { rebuildRollups } from '@/features/rollup/store';

/**
 * A newly approved plan version changes which activities count, so the year's roll-up is rebuilt.
 * Called after the response is sent (next/server `after`): the approver does not wait for it.
 */
export function refreshRollups(db: Db, planYearId: number): void {
  const started = performance.now();
  const result = rebuildRollups(db, planYearId);
  console.info(`Roll-up för planår ${planYearId} omräknad: ${result.goals} mål, ${Math.round(performance.now() - started)} ms`);
}
