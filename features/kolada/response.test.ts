import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataUrl, KoladaFormatError, parseKoladaPage } from './response';

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../test-support/kolada/fixtures', name), 'utf8')) as unknown;

describe('parseKoladaPage', () => {
  it('flattens rows to one value per gender and returns the next page', () => {
    const page = parseKoladaPage(fixture('N15419.page1.json'));
    expect(page.nextUrl).toBe('https://api.kolada.se/v3/data/kpi/N15419/municipality/0686,0000,0682,0685,0687,0684?page=2&per_page=8');
    expect(page.values).toHaveLength(20);
    expect(page.values.filter((v) => v.municipalityId === '0686' && v.year === 2023).map((v) => [v.gender, v.value])).toEqual([
      ['K', 85],
      ['M', 78],
      ['T', 81.4],
    ]);
  });

  it('keeps a null value as missing, not zero', () => {
    const women2022 = parseKoladaPage(fixture('N15419.page1.json')).values.find((v) => v.municipalityId === '0686' && v.year === 2022 && v.gender === 'K');
    expect(women2022).toMatchObject({ value: null, deleted: false });
  });

  it('marks withdrawn values and ends paging when next_url is null', () => {
    const page = parseKoladaPage(fixture('N15419.revised.page1.json'));
    expect(page.nextUrl).toBeNull();
    expect(page.values.find((v) => v.deleted)).toMatchObject({ municipalityId: '0686', year: 2022, gender: 'M' });
  });

  it("accepts v2's next_page, string periods, missing status and skips unknown genders", () => {
    const page = parseKoladaPage({
      count: 1,
      next_page: 'https://x/v3/p2',
      values: [
        {
          kpi: 'N1',
          municipality: '0180',
          period: '2024',
          values: [
            { gender: 'T', value: 3 },
            { gender: 'X', value: 4 },
          ],
        },
      ],
    });
    expect(page).toEqual({ nextUrl: 'https://x/v3/p2', values: [{ kpiId: 'N1', municipalityId: '0180', year: 2024, gender: 'T', value: 3, status: null, deleted: false }] });
  });

  it('refuses an answer of another shape with a Swedish message', () => {
    expect(() => parseKoladaPage({ error: 'nope' })).toThrow(KoladaFormatError);
    expect(() => parseKoladaPage({ values: [{ kpi: 'N1' }] })).toThrow(/format som inte gick att läsa/);
  });
});

describe('dataUrl', () => {
  it('joins the base, the KPI and comma-separated municipality ids with or without a trailing slash', () => {
    expect(dataUrl('https://api.kolada.se/v3/', 'N15419', ['0686', '0000']).toString()).toBe('https://api.kolada.se/v3/data/kpi/N15419/municipality/0686,0000');
    expect(dataUrl('http://127.0.0.1:1/v3', 'N15419', ['0686']).toString()).toBe('http://127.0.0.1:1/v3/data/kpi/N15419/municipality/0686');
  });
});
