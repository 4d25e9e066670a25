import { describe, expect, it } from 'vitest';
import { ACTIVITY_STATUSES } from '@/lib/domain/activity-statuses';

describe('the roll-up scan', () => {
  it('can tell every activity status by its length alone', () => {
    expect(new Set(ACTIVITY_STATUSES.map((s) => s.length)).size).toBe(ACTIVITY_STATUSES.length);
    // The rebuild packs the length into four bits of each scanned row.
    expect(Math.max(...ACTIVITY_STATUSES.map((s) => s.length))).toBeLessThan(16);
  });
});
