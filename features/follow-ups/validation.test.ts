import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bookTalkSchema, entriesOf, meetingSchema } from './validation';

describe('follow-up input', () => {
  it('books a talk on a real date only', () => {
    expect(bookTalkSchema.parse({ employeePersonId: '12', kind: 'appraisal_talk', heldOn: '2026-12-03' })).toEqual({ employeePersonId: 12, kind: 'appraisal_talk', heldOn: '2026-12-03' });
    const bad = bookTalkSchema.safeParse({ employeePersonId: 'x', kind: 'party', heldOn: '2026-02-30' });
    expect(bad.success ? {} : z.flattenError(bad.error).fieldErrors).toEqual({
      employeePersonId: ['validation.invalidId'],
      kind: ['validation.invalidChoice'],
      heldOn: ['validation.invalidDate'],
    });
  });

  it('needs at least one attendee at a workplace meeting', () => {
    const r = meetingSchema.safeParse({ unitId: '4', heldOn: '2026-11-10', attendeeIds: [] });
    expect(r.success ? {} : z.flattenError(r.error).fieldErrors).toEqual({ attendeeIds: ['followUp.errors.chooseAttendees'] });
  });

  it('reads each activity’s status and texts, and puts errors on the very field', () => {
    const { entries, fieldErrors } = entriesOf(
      { 'status-1': 'on_track', 'comment-1': ' Bra ', 'nextStep-1': '', 'status-2': 'sleeping', 'comment-2': 'x'.repeat(1001) },
      [1, 2, 3],
      { status: 'status', comment: 'comment', nextStep: 'nextStep' },
      true,
    );
    expect(entries[0]).toEqual({ activityId: 1, status: 'on_track', comment: 'Bra', nextStep: null });
    expect(fieldErrors).toEqual({ 'status-2': ['validation.invalidChoice'], 'comment-2': ['validation.tooLong'], 'status-3': ['followUp.errors.chooseStatus'] });
  });

  it('lets a preparation leave a status open', () => {
    const { fieldErrors } = entriesOf({}, [1], { status: 'selfStatus', comment: 'selfComment' }, false);
    expect(fieldErrors).toEqual({});
  });
});
