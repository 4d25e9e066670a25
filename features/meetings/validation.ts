import { z } from 'zod';
import { idField } from '@/lib/actions/fields';
import { isCalendarDate } from '@/lib/dates/calendar-date';

const isoDate = z
  .string({ error: 'validation.required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalidDate' })
  .refine(isCalendarDate, { error: 'validation.invalidDate' });

export const MINUTES_MAX = 8000;

/**
 * A workplace meeting: its fixed fields here; the status, comment and decision of each activity
 * (`<field>-<activityId>`) are read by `entriesOf` (features/follow-ups/entries.ts).
 */
export const meetingSchema = z.looseObject({
  unitId: idField,
  heldOn: isoDate,
  attendeeIds: z.array(idField, { error: 'followUp.errors.chooseAttendees' }).min(1, { error: 'followUp.errors.chooseAttendees' }).max(500),
  minutes: z.string().trim().max(MINUTES_MAX, { error: 'validation.tooLong' }).optional().default(''),
});

export type MeetingInput = z.infer<typeof meetingSchema>;
