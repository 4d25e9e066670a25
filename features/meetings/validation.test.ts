import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { meetingSchema } from './validation';

const errors = (input: unknown) => {
  const r = meetingSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe('workplace meeting input', () => {
  it('needs at least one attendee at a workplace meeting', () => {
    expect(errors({ unitId: '4', heldOn: '2026-11-10', attendeeIds: [] })).toEqual({ attendeeIds: ['followUp.errors.chooseAttendees'] });
  });

  it('turns ids into numbers and keeps the per-activity fields for the entry parsing', () => {
    expect(meetingSchema.parse({ unitId: '4', heldOn: '2026-11-10', attendeeIds: ['8', '9'], 'status-3': 'done' })).toEqual({ unitId: 4, heldOn: '2026-11-10', attendeeIds: [8, 9], minutes: '', 'status-3': 'done' });
  });

  it('refuses a date that does not exist and minutes that are too long', () => {
    expect(errors({ unitId: '4', heldOn: '2026-13-01', attendeeIds: ['8'], minutes: 'x'.repeat(8001) })).toEqual({ heldOn: ['validation.invalidDate'], minutes: ['validation.tooLong'] });
  });
});
