import { z } from 'zod';
import { decimalField } from '@/features/goals/validation';

/**
 * The municipal office's rule for the proposed fulfilment (features/rollup/rules.ts). Weights are
 * relative (0.6 and 0.4 weigh as 3 and 2); thresholds are scores between 0 and 1, with
 * "delvis uppfyllt" starting below "uppfyllt".
 */
const weight = decimalField.pipe(z.number().min(0, { error: 'ruleSettings.validation.weightRange' }).max(10, { error: 'ruleSettings.validation.weightRange' }));
const threshold = decimalField.pipe(z.number().gt(0, { error: 'ruleSettings.validation.thresholdRange' }).max(1, { error: 'ruleSettings.validation.thresholdRange' }));

export const ruleSettingsSchema = z.object({ activityWeight: weight, indicatorWeight: weight, fulfilledFrom: threshold, partlyFrom: threshold }).superRefine((s, ctx) => {
  if (s.activityWeight + s.indicatorWeight === 0) ctx.addIssue({ code: 'custom', path: ['activityWeight'], message: 'ruleSettings.validation.weightsZero' });
  if (s.partlyFrom >= s.fulfilledFrom) ctx.addIssue({ code: 'custom', path: ['partlyFrom'], message: 'ruleSettings.validation.partlyBelowFulfilled' });
});

export type RuleSettingsInput = z.infer<typeof ruleSettingsSchema>;
