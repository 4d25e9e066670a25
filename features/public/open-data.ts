import { toCsv, type CsvCell } from '@/lib/csv/write';
import type { ReportSnapshot, SnapshotFulfilment } from '@/features/reports/snapshot';

/**
 * The municipality's goals and results as open data: what anyone may read without signing in.
 * Plans, goals, indicators and approved reports are public documents (offentlighetsprincipen);
 * nothing here names a person, and nothing unadopted or unapproved is ever put in.
 */
interface OpenIndicator {
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline: number;
  baselineYear: number;
  target: number;
  source: string;
  koladaKpiId: string | null;
  values: { period: string; periodEnd: string; value: number }[];
}

export interface OpenCouncilGoal {
  code: string;
  title: string;
  description: string | null;
  indicators: OpenIndicator[];
}

export interface OpenReportGoal {
  code: string;
  title: string;
  /** Which body assessed it: the executive board for the council goals, each board for its own. */
  assessedBy: string;
  fulfilment: SnapshotFulfilment | null;
  forecast: SnapshotFulfilment | null;
  analysis: string | null;
}

export interface OpenReport {
  title: string;
  body: string;
  kind: 'interim' | 'annual';
  periodEnd: string;
  decidedBy: string;
  decidedOn: string;
  paragraph: string;
  summary: ReportSnapshot['summary'];
  sections: (OpenReportGoal & { contributions: (OpenReportGoal & { board: string })[] })[];
}

export interface OpenData {
  municipality: { name: string; scbCode: string };
  planYear: number | null;
  vision: { statement: string; description: string | null; guidingValues: { name: string; description: string }[] } | null;
  councilGoals: OpenCouncilGoal[];
  latestApprovedReport: OpenReport | null;
}

/** The approved report as open data: the assessments and analyses the decision covered, no more. */
export function openReportOf(snapshot: ReportSnapshot): OpenReport | null {
  if (!snapshot.decision) return null; // not approved: never public
  const goalOf = (g: ReportSnapshot['sections'][number] | ReportSnapshot['sections'][number]['contributions'][number]['goals'][number], fallbackBody: string): OpenReportGoal => ({
    code: g.code,
    title: g.title,
    assessedBy: g.assessment?.byUnit ?? fallbackBody,
    fulfilment: g.assessment?.fulfilment ?? null,
    forecast: g.assessment?.forecast ?? null,
    analysis: g.assessment?.analysis ?? null,
  });
  return {
    title: snapshot.period.name,
    body: snapshot.body.name,
    kind: snapshot.period.kind,
    periodEnd: snapshot.period.periodEnd,
    decidedBy: snapshot.decision.body,
    decidedOn: snapshot.decision.decidedOn,
    paragraph: snapshot.decision.paragraph,
    summary: snapshot.summary,
    sections: snapshot.sections.map((s) => ({
      ...goalOf(s, snapshot.body.name),
      contributions: s.contributions.flatMap((c) => c.goals.map((g) => ({ ...goalOf(g, c.boardName), board: c.boardName }))),
    })),
  };
}

const FULFILMENT_TEXT: Record<SnapshotFulfilment, string> = { fulfilled: 'Uppfyllt', partly_fulfilled: 'Delvis uppfyllt', not_fulfilled: 'Ej uppfyllt' };

/** One row per council goal indicator and recorded value (a goal without values still gets a row). */
export function indicatorsCsv(data: OpenData): string {
  const rows: CsvCell[][] = [];
  for (const g of data.councilGoals) {
    for (const i of g.indicators) {
      const common = [g.code, g.title, i.name, i.unit, i.direction === 'increase' ? 'Öka' : 'Minska', i.baseline, i.baselineYear, i.target, i.source, i.koladaKpiId];
      if (i.values.length === 0) rows.push([...common, null, null, null]);
      for (const v of i.values) rows.push([...common, v.period, v.periodEnd, v.value]);
    }
  }
  return toCsv(['Målkod', 'Mål', 'Indikator', 'Enhet', 'Riktning', 'Utgångsvärde', 'Utgångsår', 'Målvärde', 'Källa', 'Kolada-id', 'Period', 'Periodens slut', 'Värde'], rows);
}

/** One row per assessed goal of the latest approved report: the council goals, then each board's contribution. */
export function assessmentsCsv(data: OpenData): string {
  const r = data.latestApprovedReport;
  const rows: CsvCell[][] = [];
  if (r) {
    const row = (level: string, board: string | null, g: OpenReportGoal) => [r.title, r.decidedBy, r.decidedOn, r.paragraph, level, board, g.code, g.title, g.assessedBy, g.fulfilment ? FULFILMENT_TEXT[g.fulfilment] : 'Ej bedömt', g.forecast ? FULFILMENT_TEXT[g.forecast] : null, g.analysis];
    for (const s of r.sections) {
      rows.push(row('KF-mål', null, s));
      for (const c of s.contributions) rows.push(row('Nämndmål', c.board, c));
    }
  }
  return toCsv(['Rapport', 'Beslutad av', 'Beslutsdatum', 'Paragraf', 'Nivå', 'Nämnd', 'Målkod', 'Mål', 'Bedömd av', 'Måluppfyllelse', 'Prognos', 'Analys'], rows);
}
