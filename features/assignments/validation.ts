import { z } from 'zod';
import { idField } from '@/lib/actions/fields';

export const ASSIGNMENT_TEXT_MAX = 4000;
export const CONTRIBUTION_MAX = 500;
/** The "mitt bidrag" text of one activity arrives as a field named `bidrag-<activityId>`. */
export const contributionField = (activityId: number) => `bidrag-${activityId}`;

/** The employee's own assignment: their text and the activities of the unit's plan they contribute to. */
export const assignmentDraftSchema = z.looseObject({
  assignmentId: z.union([z.literal(''), idField]).optional(),
  revision: z.coerce.number().int().nonnegative().optional(),
  description: z.string({ error: 'validation.required' }).trim().min(20, { error: 'assignments.errors.descriptionTooShort' }).max(ASSIGNMENT_TEXT_MAX, { error: 'validation.tooLong' }),
  activityIds: z.array(idField, { error: 'assignments.errors.chooseActivity' }).min(1, { error: 'assignments.errors.chooseActivity' }).max(30, { error: 'validation.invalidChoice' }),
});

export type AssignmentDraftInput = z.infer<typeof assignmentDraftSchema>;

/** The contributions typed for the chosen activities; too long a text is reported on its own field. */
export function contributionsOf(input: Record<string, unknown>, activityIds: number[]): { contributions: Map<number, string | null>; tooLong: number[] } {
  const contributions = new Map<number, string | null>();
  const tooLong: number[] = [];
  for (const activityId of activityIds) {
    const raw = input[contributionField(activityId)];
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text.length > CONTRIBUTION_MAX) tooLong.push(activityId);
    contributions.set(activityId, text || null);
  }
  return { contributions, tooLong };
}

/** Confirming (employee) or agreeing (manager): which assignment, as of which revision. */
export const assignmentDecisionSchema = z.object({
  assignmentId: idField,
  revision: z.coerce.number({ error: 'validation.invalidId' }).int().nonnegative(),
});

export type AssignmentDecisionInput = z.infer<typeof assignmentDecisionSchema>;
