import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reportSnapshotSchema, type ReportGoal, type ReportSnapshot } from '@/features/reports/snapshot';
import { assessmentsCsv, indicatorsCsv, openReportOf, type OpenData } from './open-data';

const counts = { notStarted: 1, onTrack: 4, atRisk: 1, offTrack: 0, done: 2 };
const goal = (id: number, code: string, title: string, assessment: ReportGoal['assessment']): ReportGoal => ({
  id,
  code,
  title,
  rollup: { activities: 8, counts, indicatorProgress: 0.5, proposed: 'partly_fulfilled' },
  assessment,
  assessmentsBelow: [{ byUnit: 'Furhagens förskola', fulfilment: 'fulfilled', forecast: null, analysis: 'Enhetens egen analys.' }],
  indicators: [],
  trend: [{ periodEnd: '2026-08-31', ...counts }],
});

const snapshot = (decided: boolean): ReportSnapshot =>
  reportSnapshotSchema.parse({
    version: 1,
    municipality: 'Sjöviks kommun',
    body: { id: 2, name: 'Kommunstyrelsen', kind: 'executive_board' },
    period: { id: 9, kind: 'interim', name: 'Delårsrapport 2026', periodEnd: '2026-08-31', year: 2026 },
    decision: decided ? { body: 'Kommunstyrelsen', decidedOn: '2026-10-14', paragraph: '§ 87', title: 'Delårsrapport 2026' } : null,
    takenAt: '2026-10-14T08:00:00.000Z',
    summary: { fulfilled: 1, partlyFulfilled: 1, notFulfilled: 0, notAssessed: 0 },
    sections: [
      {
        ...goal(1, 'KF 1', 'Barn och unga når sin fulla potential', { byUnit: 'Kommunstyrelsen', fulfilment: 'partly_fulfilled', forecast: 'fulfilled', analysis: 'Analys; med "citat"\noch radbrytning.' }),
        contributions: [{ boardId: 5, boardName: 'Barn- och utbildningsnämnden', goals: [goal(7, 'BUN 1', 'Fler elever når målen', { byUnit: 'Barn- och utbildningsnämnden', fulfilment: 'fulfilled', forecast: 'fulfilled', analysis: 'Nämndens analys.' })] }],
      },
    ],
  });

const data = (report: ReportSnapshot | null): OpenData => ({
  municipality: { name: 'Sjöviks kommun', scbCode: '9999' },
  planYear: 2026,
  vision: { statement: 'Sjövik 2040', description: null, guidingValues: [] },
  councilGoals: [
    {
      code: 'KF 1',
      title: 'Barn och unga når sin fulla potential',
      description: null,
      indicators: [
        { name: 'Andel behöriga till gymnasiet', unit: '%', direction: 'increase', baseline: 82.5, baselineYear: 2024, target: 90, source: 'Kolada', koladaKpiId: 'N15419', values: [{ period: 'Delårsrapport 2026', periodEnd: '2026-08-31', value: 85.25 }] },
        { name: 'Nöjdhet', unit: 'index', direction: 'increase', baseline: 70, baselineYear: 2024, target: 75, source: 'Enkät', koladaKpiId: null, values: [] },
      ],
    },
  ],
  latestApprovedReport: report ? openReportOf(report) : null,
});

describe('open data', () => {
  it('never makes a report public before it is approved', () => {
    expect(openReportOf(snapshot(false))).toBeNull();
  });

  it("takes the decided assessments of the council goals and the boards, and leaves the units' texts inside the report", () => {
    const open = openReportOf(snapshot(true))!;
    expect(open).toMatchObject({ title: 'Delårsrapport 2026', decidedBy: 'Kommunstyrelsen', paragraph: '§ 87' });
    expect(open.sections[0]).toMatchObject({ code: 'KF 1', fulfilment: 'partly_fulfilled', forecast: 'fulfilled' });
    expect(open.sections[0]!.contributions).toEqual([expect.objectContaining({ board: 'Barn- och utbildningsnämnden', code: 'BUN 1', fulfilment: 'fulfilled', analysis: 'Nämndens analys.' })]);
    expect(JSON.stringify(open)).not.toContain('Enhetens egen analys');
  });

  it('writes the indicators for Swedish spreadsheets: BOM, semicolons, decimal commas, a row for a goal without values', () => {
    const text = indicatorsCsv(data(null));
    expect(text.startsWith('\uFEFFMålkod;Mål;Indikator')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('KF 1;Barn och unga når sin fulla potential;Andel behöriga till gymnasiet;%;Öka;82,5;2024;90;Kolada;N15419;Delårsrapport 2026;2026-08-31;85,25');
    expect(lines[2]).toBe('KF 1;Barn och unga når sin fulla potential;Nöjdhet;index;Öka;70;2024;75;Enkät;;;;');
  });

  it('quotes the analyses that hold separators, quotes or line breaks', () => {
    const text = assessmentsCsv(data(snapshot(true)));
    expect(text).toContain('KF-mål;;KF 1;Barn och unga når sin fulla potential;Kommunstyrelsen;Delvis uppfyllt;Uppfyllt;"Analys; med ""citat""\noch radbrytning."');
    expect(text).toContain('Nämndmål;Barn- och utbildningsnämnden;BUN 1;Fler elever når målen;Barn- och utbildningsnämnden;Uppfyllt;Uppfyllt;Nämndens analys.');
    expect(assessmentsCsv(data(null))).toBe('\uFEFFRapport;Beslutad av;Beslutsdatum;Paragraf;Nivå;Nämnd;Målkod;Mål;Bedömd av;Måluppfyllelse;Prognos;Analys\r\n');
  });

  it('keeps every text that looks like a formula as text, in both files', () => {
    const hostile = data(snapshot(true));
    hostile.councilGoals[0]!.title = '=HYPERLINK("http://example.org";"KF 1")';
    hostile.councilGoals[0]!.indicators[0]!.name = '+46 (0)8';
    hostile.councilGoals[0]!.indicators[0]!.source = '@SUMMA(A1)';
    hostile.latestApprovedReport!.sections[0]!.analysis = '-2+3';
    const cells = [indicatorsCsv(hostile), assessmentsCsv(hostile)].flatMap((text) => parse(text, { delimiter: ';', bom: true }) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://example.org";"KF 1")`);
    expect(cells).toContain("'-2+3");
  });
});
