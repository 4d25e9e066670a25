import { describe, expect, it } from 'vitest';
import { buildComparison, mean, median, type StoredKoladaValue } from './comparison';
import { municipalitiesToFetch, parseComparisonGroup } from './settings';

const at = new Date('2026-11-20T10:00:00Z');
const v = (id: string, year: number, value: number | null, gender: 'T' | 'K' | 'M' = 'T', fetchedAt = at): StoredKoladaValue => ({ koladaMunicipalityId: id, year, gender, value, fetchedAt, source: 'https://kolada/x' });

describe('mean and median', () => {
  it('handle odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
  });
});

describe('buildComparison', () => {
  const group = ['0682', '0685', '0684'];

  it('puts own, national and the group side by side per year, newest first, totals only', () => {
    const later = new Date('2026-11-21T08:00:00Z');
    const rows = [v('0686', 2023, 81), v('0686', 2024, 83, 'T', later), v('0686', 2024, 90, 'K'), v('0000', 2024, 85), v('0682', 2024, 84), v('0685', 2024, 82), v('0684', 2024, null), v('0682', 2023, 80)];
    const c = buildComparison(rows, '0686', group);
    expect(c.years).toEqual([
      { year: 2024, own: 83, national: 85, groupMean: 83, groupMedian: 83, groupCount: 2 },
      { year: 2023, own: 81, national: null, groupMean: 80, groupMedian: 80, groupCount: 1 },
    ]);
    expect(c.groupSize).toBe(3);
    expect(c.fetchedAt).toEqual(later);
  });

  it('ignores municipalities outside the comparison and keeps at most maxYears', () => {
    const rows = [2019, 2020, 2021, 2022].map((y) => v('0686', y, y)).concat([v('9999', 2022, 1)]);
    const c = buildComparison(rows, '0686', group, { maxYears: 2 });
    expect(c.years.map((y) => [y.year, y.groupCount, y.groupMean])).toEqual([
      [2022, 0, null],
      [2021, 0, null],
    ]);
  });

  it('is empty without values', () => {
    expect(buildComparison([], '0686', group)).toEqual({ years: [], groupSize: 3, fetchedAt: null, source: null });
  });
});

describe('comparison group settings', () => {
  it('reads a JSON list of four-digit ids, without the municipality itself or the country', () => {
    expect(parseComparisonGroup('["0682","0685","0686","0000","0682"]', '0686')).toEqual(['0682', '0685']);
  });
  it('treats a malformed list as empty', () => {
    expect(parseComparisonGroup('not json', '0686')).toEqual([]);
    expect(parseComparisonGroup('["12"]', '0686')).toEqual([]);
    expect(parseComparisonGroup(null, '0686')).toEqual([]);
  });
  it('asks for the municipality, the country, then the group', () => {
    expect(municipalitiesToFetch('0686', ['0682', '0685'])).toEqual(['0686', '0000', '0682', '0685']);
  });
});
