import { describe, expect, it } from 'vitest';
import { PLAN_STATUSES } from '@/lib/domain/plans';
import { canStartNewVersion, isEditable, nextStatus } from './status';

describe('plan status flow', () => {
  it('sends a draft or a returned plan for decision', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('returned', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'submit')).toBeNull();
    expect(nextStatus('approved', 'submit')).toBeNull();
  });

  it('decides only a submitted plan', () => {
    for (const status of PLAN_STATUSES) {
      expect(nextStatus(status, 'approve')).toBe(status === 'submitted' ? 'approved' : null);
      expect(nextStatus(status, 'return')).toBe(status === 'submitted' ? 'returned' : null);
    }
  });

  it('lets the writer edit only a current draft or returned plan', () => {
    expect(PLAN_STATUSES.filter((status) => isEditable({ status, isCurrent: true }))).toEqual(['draft', 'returned']);
    expect(isEditable({ status: 'draft', isCurrent: false })).toBe(false);
  });

  it('starts a new version only from the current approved plan', () => {
    expect(PLAN_STATUSES.filter((status) => canStartNewVersion({ status, isCurrent: true }))).toEqual(['approved']);
    expect(canStartNewVersion({ status: 'approved', isCurrent: false })).toBe(false);
  });
});
