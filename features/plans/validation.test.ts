import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activitySchema, activityUpdateSchema, returnPlanSchema } from './validation';

const valid = {
  planId: '12',
  revision: '3',
  title: ' Läsfrämjande insatser ',
  description: '',
  ownerPersonId: '117',
  startDate: '2026-02-01',
  endDate: '2026-06-30',
  expectedResult: 'Fler barn läser dagligen',
  goalIds: ['40', '42'],
  indicatorId: '',
};

const errorsOf = (schema: z.ZodType, input: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('an activity of a plan', () => {
  it('is read from the form as typed values', () => {
    expect(activitySchema.parse(valid)).toEqual({
      planId: 12,
      revision: 3,
      title: 'Läsfrämjande insatser',
      description: null,
      ownerPersonId: 117,
      startDate: '2026-02-01',
      endDate: '2026-06-30',
      expectedResult: 'Fler barn läser dagligen',
      goalIds: [40, 42],
      indicatorId: null,
    });
    expect(activitySchema.parse({ ...valid, indicatorId: '7' }).indicatorId).toBe(7);
  });

  it('needs a title, an owner, a result and at least one goal', () => {
    const noGoals: Partial<typeof valid> = { ...valid };
    delete noGoals.goalIds;
    expect(errorsOf(activitySchema, { ...noGoals, title: '  ', ownerPersonId: '', expectedResult: '' })).toEqual({
      title: ['validation.required'],
      ownerPersonId: ['plans.errors.ownerRequired'],
      expectedResult: ['validation.required'],
      goalIds: ['plans.errors.goalRequired'],
    });
  });

  it('refuses an end before the start, next to the end date', () => {
    expect(errorsOf(activitySchema, { ...valid, endDate: '2026-01-31' })).toEqual({ endDate: ['validation.endBeforeStart'] });
    expect(errorsOf(activityUpdateSchema, { ...valid, activityId: '5', endDate: '2026-01-31' })).toEqual({ endDate: ['validation.endBeforeStart'] });
    // Also together with other mistakes, so the form lists them all at once.
    expect(errorsOf(activitySchema, { ...valid, title: '', endDate: '2026-01-31' })).toEqual({ title: ['validation.required'], endDate: ['validation.endBeforeStart'] });
    expect(errorsOf(activitySchema, { ...valid, startDate: 'x', endDate: '2026-01-31' })).toEqual({ startDate: ['validation.invalidDate'] });
  });

  it('refuses days that do not exist and ids that are not ids', () => {
    expect(errorsOf(activitySchema, { ...valid, startDate: '2026-02-30' }).startDate).toEqual(['validation.invalidDate']);
    expect(errorsOf(activitySchema, { ...valid, goalIds: ['40', 'x'] }).goalIds).toEqual(['validation.invalidId']);
    expect(errorsOf(activitySchema, { ...valid, revision: '-1' }).revision).toEqual(['validation.invalidId']);
  });
});

describe('returning a plan', () => {
  it('needs a comment', () => {
    expect(errorsOf(returnPlanSchema, { planId: '1', revision: '1', comment: ' ' })).toEqual({ comment: ['plans.errors.commentRequired'] });
    expect(returnPlanSchema.parse({ planId: '1', revision: '1', comment: ' Förtydliga målen ' }).comment).toBe('Förtydliga målen');
  });
});
