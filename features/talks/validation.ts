import { z } from 'zod';
import { idField } from '@/lib/actions/fields';
import { isCalendarDate } from '@/lib/dates/calendar-date';

const isoDate = z
  .string({ error: 'validation.required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalidDate' })
  .refine(isCalendarDate, { error: 'validation.invalidDate' });
const revision = z.coerce.number({ error: 'validation.invalidId' }).int().nonnegative();

export const NOTE_MAX = 8000;
const notes = z.string().trim().max(NOTE_MAX, { error: 'validation.tooLong' }).optional().default('');

export const bookTalkSchema = z.object({
  employeePersonId: idField,
  kind: z.enum(['appraisal_talk', 'salary_talk'], { error: 'validation.invalidChoice' }),
  heldOn: isoDate,
});

/**
 * Per activity, fields are named `<field>-<activityId>`; the schema checks the fixed fields,
 * `entriesOf` (features/follow-ups/entries.ts) the rest, once the talk's activities are known.
 */
export const talkPreparationSchema = z.looseObject({ talkId: idField, revision, notes });
export const talkRecordSchema = z.looseObject({ talkId: idField, revision, notes, salaryAssessment: notes });
export const talkDecisionSchema = z.object({ talkId: idField, revision });

export type BookTalkInput = z.infer<typeof bookTalkSchema>;
export type TalkPreparationInput = z.infer<typeof talkPreparationSchema>;
export type TalkRecordInput = z.infer<typeof talkRecordSchema>;
export type TalkDecisionInput = z.infer<typeof talkDecisionSchema>;
