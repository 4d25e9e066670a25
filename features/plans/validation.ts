import { z } from 'zod';
import { idField } from '@/lib/actions/fields';
import { isCalendarDate } from '@/lib/dates/calendar-date';

/** Shared by the plan forms and their server actions; every message is a catalogue key. */

const isoDate = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalidDate', abort: true })
  .refine(isCalendarDate, { error: 'validation.invalidDate' });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .optional()
    .transform((s) => (s ? s : null));

/** Every form that changes a plan names the version it was opened on and the revision it saw. */
export const planRefSchema = z.object({
  planId: idField,
  revision: idField,
});

export const activitySchema = planRefSchema
  .extend({
    title: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    description: optionalText(2000),
    ownerPersonId: z.coerce.number({ error: 'plans.errors.ownerRequired' }).int({ error: 'plans.errors.ownerRequired' }).positive({ error: 'plans.errors.ownerRequired' }),
    startDate: isoDate,
    endDate: isoDate,
    expectedResult: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(1000, { error: 'validation.tooLong' }),
    goalIds: z.array(idField, { error: 'plans.errors.goalRequired' }).min(1, { error: 'plans.errors.goalRequired' }).max(20, { error: 'validation.invalidChoice' }),
    indicatorId: z.preprocess((v) => (v === '' || v === undefined ? null : v), idField.nullable()),
  })
  .refine((a) => a.endDate >= a.startDate, {
    error: 'validation.endBeforeStart',
    path: ['endDate'],
    // Checked even when other fields are wrong, so the form shows every message at once.
    when: (payload) => {
      const v = payload.value as { startDate?: unknown; endDate?: unknown } | undefined;
      return typeof v?.startDate === 'string' && typeof v.endDate === 'string' && !payload.issues.some((i) => i.path?.[0] === 'startDate' || i.path?.[0] === 'endDate');
    },
  });

export const activityUpdateSchema = activitySchema.safeExtend({ activityId: idField });

export const activityRemoveSchema = planRefSchema.extend({ activityId: idField });

export const returnPlanSchema = planRefSchema.extend({
  comment: z.string({ error: 'plans.errors.commentRequired' }).trim().min(1, { error: 'plans.errors.commentRequired' }).max(2000, { error: 'validation.tooLong' }),
});

export const createPlanSchema = z.object({ unitId: idField });

export type ActivityInput = z.infer<typeof activitySchema>;
export type ActivityUpdateInput = z.infer<typeof activityUpdateSchema>;
export type PlanRefInput = z.infer<typeof planRefSchema>;
export type ActivityRemoveInput = z.infer<typeof activityRemoveSchema>;
export type ReturnPlanInput = z.infer<typeof returnPlanSchema>;
export type CreatePlanInput = z.infer<typeof createPlanSchema>;
