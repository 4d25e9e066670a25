import { z } from 'zod';
import { ACTIVITY_STATUSES, FOLLOW_UP_KINDS, type ActivityStatus } from '@/db/schema';

const id = z.coerce.number({ error: 'validation.invalidId' }).int({ error: 'validation.invalidId' }).positive({ error: 'validation.invalidId' });
const isoDate = z
  .string({ error: 'validation.required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalidDate' })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { error: 'validation.invalidDate' });
const revision = z.coerce.number({ error: 'validation.invalidId' }).int().nonnegative();
const notes = z.string().trim().max(8000, { error: 'validation.tooLong' }).optional().default('');

export const NOTE_MAX = 8000;
export const ENTRY_TEXT_MAX = 1000;

export const bookTalkSchema = z.object({
  employeePersonId: id,
  kind: z.enum(['appraisal_talk', 'salary_talk'], { error: 'validation.invalidChoice' }),
  heldOn: isoDate,
});

/** Per activity, fields are named `<field>-<activityId>`; the schema checks the fixed fields, `entriesOf` the rest. */
export const talkPreparationSchema = z.looseObject({ talkId: id, revision, notes });
export const talkRecordSchema = z.looseObject({ talkId: id, revision, notes, salaryAssessment: z.string().trim().max(NOTE_MAX, { error: 'validation.tooLong' }).optional().default('') });
export const talkDecisionSchema = z.object({ talkId: id, revision });

export const meetingSchema = z.looseObject({
  unitId: id,
  heldOn: isoDate,
  attendeeIds: z.array(id, { error: 'followUp.errors.chooseAttendees' }).min(1, { error: 'followUp.errors.chooseAttendees' }).max(500),
  minutes: notes,
});

export const entryField = (field: 'status' | 'comment' | 'nextStep' | 'selfStatus' | 'selfComment', activityId: number) => `${field}-${activityId}`;

export interface ParsedEntry {
  activityId: number;
  status: ActivityStatus | null;
  comment: string | null;
  nextStep: string | null;
}

/**
 * Reads the per-activity fields for the given activities. A missing or unknown status, and a
 * text over the limit, are errors on that very field, so the message lands next to it.
 */
export function entriesOf(input: Record<string, unknown>, activityIds: number[], fields: { status: 'status' | 'selfStatus'; comment: 'comment' | 'selfComment'; nextStep?: 'nextStep' }, statusRequired: boolean) {
  const entries: ParsedEntry[] = [];
  const fieldErrors: Record<string, string[]> = {};
  const text = (name: string) => {
    const raw = input[name];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value.length > ENTRY_TEXT_MAX) fieldErrors[name] = ['validation.tooLong'];
    return value || null;
  };
  for (const activityId of activityIds) {
    const statusName = entryField(fields.status, activityId);
    const raw = input[statusName];
    let status: ActivityStatus | null = null;
    if (typeof raw === 'string' && raw !== '') {
      if ((ACTIVITY_STATUSES as readonly string[]).includes(raw)) status = raw as ActivityStatus;
      else fieldErrors[statusName] = ['validation.invalidChoice'];
    } else if (statusRequired) {
      fieldErrors[statusName] = ['followUp.errors.chooseStatus'];
    }
    entries.push({ activityId, status, comment: text(entryField(fields.comment, activityId)), nextStep: fields.nextStep ? text(entryField(fields.nextStep, activityId)) : null });
  }
  return { entries, fieldErrors };
}

export const FOLLOW_UP_KIND_VALUES = FOLLOW_UP_KINDS;
