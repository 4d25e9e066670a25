import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import catalogue from '@/messages/sv/report-exports.json';
import { fixtureSnapshot, HOSTILE_ANALYSIS } from '@/test-support/report-snapshot';
import { reportCsv } from './csv';

const labels = catalogue.reportExports;
const rowsOf = (csv: string) => parse(csv, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];

describe('reportCsv', () => {
  const csv = reportCsv(fixtureSnapshot, labels);

  it('starts with a byte-order mark and uses semicolons, CRLF and Swedish headers', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFNivå;Kod;Mål;Nämnd (ägare);Bidrar till;Aktiviteter;Ej påbörjad;Enligt plan;Risk för avvikelse;Avviker;Genomförd;Indikatorernas måluppfyllelse (%);Regelns förslag;Bedömning;Prognos helår;Bedömd av;Analys');
  });

  it('round-trips through a CSV parser: one row per goal, text and figures intact', () => {
    const [header, ...rows] = rowsOf(csv);
    expect(header).toHaveLength(17);
    expect(rows.map((r) => r[1])).toEqual(['KF 1', 'KF 2', 'KF 3', 'BUN 1.1', 'BUN 1.2', 'VON 2.1', 'MSN 3.1']);
    const kf1 = rows[0]!;
    expect(kf1).toEqual(['Fullmäktige', 'KF 1', 'Fler elever når kunskapsmålen och känner sig trygga i skolan', '', '', '42', '4', '21', '8', '3', '6', '62,5', 'Delvis uppfyllt', 'Delvis uppfyllt', 'Uppfyllt', 'Kommunstyrelsen', fixtureSnapshot.sections[0]!.assessment!.analysis]);
    const hostile = rows.find((r) => r[1] === 'BUN 1.2')!;
    expect(hostile[16]).toBe(HOSTILE_ANALYSIS);
    expect(hostile[3]).toBe('Barn- och utbildningsnämnden');
    expect(hostile[4]).toBe('KF 1');
    const unassessed = rows.find((r) => r[1] === 'MSN 3.1')!;
    expect(unassessed.slice(11, 16)).toEqual(['', '', 'Ej bedömt', '', '']);
  });

  it('lists a board goal once with every council goal it contributes to', () => {
    const shared = structuredClone(fixtureSnapshot);
    shared.sections[1]!.contributions.push(structuredClone(shared.sections[0]!.contributions[0]!));
    const rows = rowsOf(reportCsv(shared, labels)).slice(1);
    expect(rows.filter((r) => r[1] === 'BUN 1.1')).toHaveLength(1);
    expect(rows.find((r) => r[1] === 'BUN 1.1')![4]).toBe('KF 1, KF 2');
  });
});
