import { describe, expect, it } from 'vitest';
import { ruleSettingsSchema } from './validation';

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the rule settings form', () => {
  it('reads Swedish decimals', () => {
    expect(ruleSettingsSchema.parse({ activityWeight: '0,5', indicatorWeight: '0,5', fulfilledFrom: '0,8', partlyFrom: '0,5' })).toEqual({ activityWeight: 0.5, indicatorWeight: 0.5, fulfilledFrom: 0.8, partlyFrom: 0.5 });
  });

  it('allows leaving the indicators out but not both weights', () => {
    expect(ruleSettingsSchema.safeParse({ activityWeight: '1', indicatorWeight: '0', fulfilledFrom: '0,75', partlyFrom: '0,45' }).success).toBe(true);
    expect(errorsOf(ruleSettingsSchema.safeParse({ activityWeight: '0', indicatorWeight: '0', fulfilledFrom: '0,75', partlyFrom: '0,45' }))).toEqual({ activityWeight: 'ruleSettings.validation.weightsZero' });
  });

  it('puts each bad value next to its own field', () => {
    expect(errorsOf(ruleSettingsSchema.safeParse({ activityWeight: '-1', indicatorWeight: 'mycket', fulfilledFrom: '1,5', partlyFrom: '' }))).toEqual({
      activityWeight: 'ruleSettings.validation.weightRange',
      indicatorWeight: 'validation.invalidNumber',
      fulfilledFrom: 'ruleSettings.validation.thresholdRange',
      partlyFrom: 'validation.required',
    });
  });

  it('keeps delvis uppfyllt below uppfyllt', () => {
    expect(errorsOf(ruleSettingsSchema.safeParse({ activityWeight: '0,6', indicatorWeight: '0,4', fulfilledFrom: '0,5', partlyFrom: '0,5' }))).toEqual({ partlyFrom: 'ruleSettings.validation.partlyBelowFulfilled' });
  });
});
