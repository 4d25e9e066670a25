import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bookTalkSchema, talkDecisionSchema, talkRecordSchema } from './validation';

const errors = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe('talk input', () => {
  it('books a talk on a real date only', () => {
    expect(bookTalkSchema.parse({ employeePersonId: '12', kind: 'appraisal_talk', heldOn: '2026-12-03' })).toEqual({ employeePersonId: 12, kind: 'appraisal_talk', heldOn: '2026-12-03' });
    expect(errors(bookTalkSchema, { employeePersonId: 'x', kind: 'party', heldOn: '2026-02-30' })).toEqual({
      employeePersonId: ['validation.invalidId'],
      kind: ['validation.invalidChoice'],
      heldOn: ['validation.invalidDate'],
    });
  });

  it('keeps the per-activity fields of a record for the entry parsing, and limits the texts', () => {
    const parsed = talkRecordSchema.parse({ talkId: '3', revision: '0', 'status-7': 'on_track' });
    expect(parsed).toEqual({ talkId: 3, revision: 0, notes: '', salaryAssessment: '', 'status-7': 'on_track' });
    expect(errors(talkRecordSchema, { talkId: '3', revision: '0', notes: 'x'.repeat(8001), salaryAssessment: 'y'.repeat(8001) })).toEqual({
      notes: ['validation.tooLong'],
      salaryAssessment: ['validation.tooLong'],
    });
  });

  it('needs the revision the form was opened at to confirm or correct', () => {
    expect(errors(talkDecisionSchema, { talkId: '3' })).toEqual({ revision: ['validation.invalidId'] });
  });
});
