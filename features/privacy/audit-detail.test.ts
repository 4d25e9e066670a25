import { describe, expect, it } from 'vitest';
import { summariseDetail } from './audit-detail';

describe('the detail shown in the log viewer', () => {
  it('keeps numbers, yes/no, short codes and lists of ids', () => {
    expect(summariseDetail(JSON.stringify({ employeePersonId: 12, notes: 2, kind: 'appraisal_talk', heldOn: '2026-12-02', dryRun: false, activityIds: [1, 2] }))).toEqual([
      ['employeePersonId', 12],
      ['notes', 2],
      ['kind', 'appraisal_talk'],
      ['heldOn', '2026-12-02'],
      ['dryRun', false],
      ['activityIds', '1, 2'],
    ]);
  });

  it('never shows free text, whatever the key, nor nested objects', () => {
    const noteText = 'Vi pratade om hur arbetsbelastningen kan minskas under våren.';
    const shown = summariseDetail(JSON.stringify({ body: 'kort', note: 'x', description: 'Mitt uppdrag', comment: 'ok', something: noteText, before: { title: 'Gammal' }, entries: [{ activityId: 1 }] }));
    expect(shown).toEqual([]);
    expect(JSON.stringify(shown)).not.toContain(noteText);
  });

  it('shows nothing for an empty or broken detail', () => {
    expect(summariseDetail(null)).toEqual([]);
    expect(summariseDetail('{not json')).toEqual([]);
    expect(summariseDetail('[1,2]')).toEqual([]);
  });
});
