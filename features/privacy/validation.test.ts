import { describe, expect, it } from 'vitest';
import { auditFilterQuery, auditTimeRange, decodeCursor, encodeCursor, parseAuditFilter, retentionRuleSchema, retentionRunSchema } from './validation';

describe('the audit log filters', () => {
  it('read each field from the query string, blanks meaning no filter', () => {
    const { filter, errors } = parseAuditFilter({ person: ' medarbetare@sjovik.se ', objectType: 'follow_up_event', objectId: '42', action: 'talk_note.read', from: '2026-11-01', to: '2026-11-30', after: '', extra: 'x' });
    expect(errors).toEqual({});
    expect(filter).toEqual({ person: 'medarbetare@sjovik.se', objectType: 'follow_up_event', objectId: 42, action: 'talk_note.read', from: '2026-11-01', to: '2026-11-30' });
  });

  it('take the first of repeated values', () => {
    expect(parseAuditFilter({ action: ['talk', 'goal'] }).filter).toEqual({ action: 'talk' });
  });

  it('report a bad field and keep the others', () => {
    const { filter, errors } = parseAuditFilter({ person: '1234', objectType: 'talk_notes', objectId: '-3', action: 'DROP TABLE', from: '2026-02-30', after: 'x' });
    expect(errors).toEqual({ objectType: ['validation.invalidChoice'], objectId: ['auditLog.errors.objectId'], action: ['auditLog.errors.action'], from: ['validation.invalidDate'], after: ['auditLog.errors.cursor'] });
    expect(filter).toEqual({ person: '1234' });
  });

  it('refuse a range that ends before it starts', () => {
    const { filter, errors } = parseAuditFilter({ from: '2026-11-10', to: '2026-11-01' });
    expect(errors).toEqual({ to: ['validation.endBeforeStart'] });
    expect(filter).toEqual({ from: '2026-11-10' });
  });

  it('turn the date range into Stockholm instants, the end day included', () => {
    const { fromAt, beforeAt } = auditTimeRange({ from: '2026-11-01', to: '2026-11-30' });
    expect(fromAt?.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(beforeAt?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(auditTimeRange({})).toEqual({ fromAt: null, beforeAt: null });
  });

  it('page by a cursor of time and id, carried in the pager links with the filters', () => {
    const cursor = encodeCursor({ at: new Date('2026-11-23T10:00:00Z'), id: 77 });
    expect(cursor).toBe('1795428000_77');
    expect(decodeCursor(cursor)).toEqual({ atSeconds: 1795428000, id: 77 });
    expect(decodeCursor(undefined)).toBeNull();
    expect(auditFilterQuery({ person: 'a b', objectId: 3 }, cursor)).toBe('?person=a+b&objectId=3&after=1795428000_77');
    expect(auditFilterQuery({})).toBe('');
  });
});

describe('the disposal rule input', () => {
  it('takes whole years from 1 to 10', () => {
    expect(retentionRuleSchema.parse({ talkNoteYears: '3' })).toEqual({ talkNoteYears: 3 });
    for (const bad of ['0', '11', '2.5', 'tre']) expect(retentionRuleSchema.safeParse({ talkNoteYears: bad }).success).toBe(false);
  });

  it('needs the cut-off shown in the dry run before it removes anything', () => {
    expect(retentionRunSchema.parse({ mode: 'dryRun' })).toEqual({ mode: 'dryRun' });
    expect(retentionRunSchema.safeParse({ mode: 'run' }).success).toBe(false);
    expect(retentionRunSchema.parse({ mode: 'run', cutoffDate: '2023-11-23' })).toEqual({ mode: 'run', cutoffDate: '2023-11-23' });
  });
});
