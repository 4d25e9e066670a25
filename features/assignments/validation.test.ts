import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assignmentDraftSchema, contributionsOf } from './validation';

const errors = (input: unknown) => {
  const r = assignmentDraftSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe('an assignment draft', () => {
  const valid = { description: 'Jag ansvarar för läsprojektet i årskurs 3 och följer upp det på APT.', activityIds: ['12', '15'] };

  it('accepts a text and at least one activity, turning ids into numbers', () => {
    const parsed = assignmentDraftSchema.parse(valid);
    expect(parsed.activityIds).toEqual([12, 15]);
  });

  it('asks for a longer text and at least one activity', () => {
    expect(errors({ description: 'Kort', activityIds: [] })).toEqual({
      description: ['assignments.errors.descriptionTooShort'],
      activityIds: ['assignments.errors.chooseActivity'],
    });
    expect(errors({ description: valid.description })).toEqual({ activityIds: ['assignments.errors.chooseActivity'] });
  });

  it('refuses ids that are not positive whole numbers', () => {
    expect(errors({ ...valid, activityIds: ['12', 'abc'] }).activityIds).toEqual(['validation.invalidId']);
    expect(errors({ ...valid, activityIds: ['-4'] }).activityIds).toEqual(['validation.invalidId']);
  });

  it('refuses a text that is too long', () => {
    expect(errors({ ...valid, description: 'x'.repeat(4001) }).description).toEqual(['validation.tooLong']);
  });

  it('reads the contribution of each chosen activity, and flags too long ones', () => {
    const { contributions, tooLong } = contributionsOf({ 'bidrag-12': '  Jag håller i det. ', 'bidrag-15': '', 'bidrag-99': 'ej vald', 'bidrag-16': 'y'.repeat(501) }, [12, 15, 16]);
    expect([...contributions.entries()]).toEqual([
      [12, 'Jag håller i det.'],
      [15, null],
      [16, 'y'.repeat(501)],
    ]);
    expect(tooLong).toEqual([16]);
  });
});
