import { z } from 'zod';
import { FULFILMENTS } from '@/lib/domain/fulfilment';

/**
 * A report as the board or the executive board approved it. An approved report is a public record
 * (offentlighetsprincipen): its snapshot is written once, at approval, and every page, print and
 * export of it reads this object, never the live tables. The same shape is built from live data
 * for a report still in preparation and for the comparison "as approved / as now".
 *
 * Stored as JSON in reports.snapshot; parsed with this schema when read, so an old or damaged
 * snapshot is refused rather than half shown. Only aggregates and the assessing bodies' own
 * texts are in it: never a person's talk notes, never an individual's status.
 */

const fulfilment = z.enum(FULFILMENTS);
export type SnapshotFulfilment = z.infer<typeof fulfilment>;

/** How the contributing activities stood at the period's end (from goal_rollups). */
const statusCounts = z.object({
  notStarted: z.number().int().nonnegative(),
  onTrack: z.number().int().nonnegative(),
  atRisk: z.number().int().nonnegative(),
  offTrack: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
});

const rollup = z.object({
  activities: z.number().int().nonnegative(),
  counts: statusCounts,
  /** 0–1 towards the targets, mean over the goal's indicators; null without values. */
  indicatorProgress: z.number().nullable(),
  /** The rule's proposal (features/rollup/rules.ts); null when there is nothing to go on. */
  proposed: fulfilment.nullable(),
});

const assessment = z.object({
  /** The unit, administration, board or executive board that wrote it. */
  byUnit: z.string(),
  fulfilment,
  /** Only in the interim report: the forecast of year-end fulfilment. */
  forecast: fulfilment.nullable(),
  analysis: z.string(),
});

const indicator = z.object({
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']),
  baseline: z.number(),
  target: z.number(),
  /** The latest value on or before the period's end; null when none was recorded. */
  value: z.number().nullable(),
  progress: z.number().nullable(),
});

/** One point of the goal's trend: the counts at the end of each follow-up period up to the report's. */
const trendPoint = statusCounts.extend({ periodEnd: z.string() });

const goal = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  rollup,
  /** The assessment of the body whose report this is, at this goal's level (overrides the proposal; both shown). */
  assessment: assessment.nullable(),
  /** Assessments written below (the administration's, the units') that fed this one. */
  assessmentsBelow: z.array(assessment),
  indicators: z.array(indicator),
  trend: z.array(trendPoint),
});

/** A board's goals that contribute to one council goal. */
const contribution = z.object({
  boardId: z.number().int(),
  boardName: z.string(),
  goals: z.array(goal),
});

const section = goal.extend({ contributions: z.array(contribution) });

export const reportSnapshotSchema = z.object({
  version: z.literal(1),
  municipality: z.string(),
  /** The body whose report it is: a board, or the executive board's compiled report to the council. */
  body: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(['board', 'executive_board', 'council']) }),
  period: z.object({ id: z.number().int(), kind: z.enum(['interim', 'annual']), name: z.string(), periodEnd: z.string(), year: z.number().int() }),
  /** null while the report is not yet approved (a live view). */
  decision: z.object({ body: z.string(), decidedOn: z.string(), paragraph: z.string(), title: z.string() }).nullable(),
  /** ISO timestamp of the moment the snapshot was taken. */
  takenAt: z.string(),
  /** Counts of the report's own assessments over all its goals (sections and contributions). */
  summary: z.object({
    fulfilled: z.number().int().nonnegative(),
    partlyFulfilled: z.number().int().nonnegative(),
    notFulfilled: z.number().int().nonnegative(),
    notAssessed: z.number().int().nonnegative(),
  }),
  /** One section per council goal, with the contributions of the boards in the report. */
  sections: z.array(section),
});

export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;
export type ReportGoal = z.infer<typeof goal>;
export type ReportAssessment = z.infer<typeof assessment>;

/** Reads a stored snapshot; throws when it is not one (never shows half a record). */
export function parseSnapshot(json: string): ReportSnapshot {
  return reportSnapshotSchema.parse(JSON.parse(json));
}
