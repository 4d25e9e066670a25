import { describe, expect, it } from 'vitest';
import { entriesOf } from './entries';

describe('the per-activity entries of a talk or a meeting', () => {
  it('reads each activity’s status and texts, and puts errors on the very field', () => {
    const { entries, fieldErrors } = entriesOf({ 'status-1': 'on_track', 'comment-1': ' Bra ', 'nextStep-1': '', 'status-2': 'sleeping', 'comment-2': 'x'.repeat(1001) }, [1, 2, 3], { status: 'status', comment: 'comment', nextStep: 'nextStep' }, true);
    expect(entries[0]).toEqual({ activityId: 1, status: 'on_track', comment: 'Bra', nextStep: null });
    expect(fieldErrors).toEqual({ 'status-2': ['validation.invalidChoice'], 'comment-2': ['validation.tooLong'], 'status-3': ['followUp.errors.chooseStatus'] });
  });

  it('lets a preparation leave a status open', () => {
    const { fieldErrors } = entriesOf({}, [1], { status: 'selfStatus', comment: 'selfComment' }, false);
    expect(fieldErrors).toEqual({});
  });
});
