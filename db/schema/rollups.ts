import { sqliteTable, integer, real, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { reference, keyReference, timestamp } from './columns';
import { municipalities } from './organisation';
import { followUpPeriods } from './periods';
import { goals } from './goals';
import { FULFILMENTS } from '../../lib/domain/fulfilment';

/** Per goal and period: how the contributing activities stand, indicator progress, and the proposed fulfilment. */
export const goalRollups = sqliteTable(
  'goal_rollups',
  {
    goalId: reference(() => goals.id).notNull(),
    periodId: reference(() => followUpPeriods.id).notNull(),
    activities: integer().notNull(),
    notStarted: integer().notNull(),
    onTrack: integer().notNull(),
    atRisk: integer().notNull(),
    offTrack: integer().notNull(),
    done: integer().notNull(),
    /** 0–1 towards the target, averaged over the goal's own indicators; null without indicators or values. */
    indicatorProgress: real(),
    proposed: text({ enum: FULFILMENTS }),
    computedAt: timestamp().notNull(),
  },
  (t) => [primaryKey({ columns: [t.goalId, t.periodId] }), index('goal_rollups_period_idx').on(t.periodId)],
);

/** The documented rule behind a proposed fulfilment, set by the municipal office (defaults in features/rollup/rules.ts). */
export const rollupSettings = sqliteTable('rollup_settings', {
  municipalityId: keyReference(() => municipalities.id),
  activityWeight: real().notNull(),
  indicatorWeight: real().notNull(),
  fulfilledFrom: real().notNull(),
  partlyFrom: real().notNull(),
  updatedAt: timestamp().notNull(),
});
