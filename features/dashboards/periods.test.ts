import { describe, expect, it } from 'vitest';
import { latestPassedPeriod, passedMonthlyPeriods, previousPeriod, samePeriodPreviousYear, type PeriodRef } from './periods';

const p = (id: number, kind: PeriodRef['kind'], periodEnd: string): PeriodRef => ({ id, kind, name: `${kind} ${periodEnd}`, periodEnd });
const year2026 = [p(1, 'monthly', '2026-01-31'), p(2, 'monthly', '2026-02-28'), p(7, 'monthly', '2026-08-31'), p(8, 'monthly', '2026-09-30'), p(9, 'monthly', '2026-10-31'), p(10, 'monthly', '2026-11-30'), p(12, 'interim', '2026-08-31'), p(13, 'annual', '2026-12-31')];
const year2025 = [p(101, 'monthly', '2025-02-28'), p(102, 'monthly', '2025-10-31'), p(112, 'interim', '2025-08-31'), p(113, 'annual', '2025-12-31')];

describe('latestPassedPeriod', () => {
  it('takes the latest period that ended on or before today', () => {
    expect(latestPassedPeriod(year2026, '2026-11-22')?.id).toBe(9);
    expect(latestPassedPeriod(year2026, '2026-10-31')?.id).toBe(9);
    expect(latestPassedPeriod(year2026, '2026-10-30')?.id).toBe(8);
  });
  it('prefers the report over the month that ends the same day', () => {
    expect(latestPassedPeriod(year2026, '2026-09-01')?.id).toBe(12);
  });
  it('is null before the first period has ended', () => {
    expect(latestPassedPeriod(year2026, '2026-01-15')).toBeNull();
  });
});

describe('previousPeriod and samePeriodPreviousYear', () => {
  it('finds the period of the same kind just before', () => {
    expect(previousPeriod(year2026, p(9, 'monthly', '2026-10-31'))?.id).toBe(8);
    expect(previousPeriod(year2026, p(1, 'monthly', '2026-01-31'))).toBeNull();
    expect(previousPeriod(year2026, p(12, 'interim', '2026-08-31'))).toBeNull();
  });
  it('matches the same period a year earlier, February by month', () => {
    expect(samePeriodPreviousYear(year2025, p(9, 'monthly', '2026-10-31'))?.id).toBe(102);
    expect(samePeriodPreviousYear(year2025, p(12, 'interim', '2026-08-31'))?.id).toBe(112);
    expect(samePeriodPreviousYear(year2025, p(2, 'monthly', '2028-02-29'))).toBeNull();
    expect(samePeriodPreviousYear([p(201, 'monthly', '2027-02-28')], p(2, 'monthly', '2028-02-29'))?.id).toBe(201);
  });
});

describe('passedMonthlyPeriods', () => {
  it('keeps passed months only, oldest first', () => {
    expect(passedMonthlyPeriods([...year2026].reverse(), '2026-09-30').map((x) => x.id)).toEqual([1, 2, 7, 8]);
  });
});
