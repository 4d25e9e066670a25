import type { ReportGoal, ReportSnapshot, SnapshotFulfilment } from '../snapshot';
import { toCsv, type CsvCell } from '@/lib/csv/write';
import { STATUS_KEYS, type ExportLabels } from './labels';

/** The report's figures as CSV (lib/csv/write.ts): one row per goal, the council goals, then each board goal once. */

/** The report's percentages to one decimal, as the page and the PDF show them. */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function reportCsv(snapshot: ReportSnapshot, labels: ExportLabels): string {
  const l = labels.csv;
  const d = labels.document;
  const fulfilment = (f: SnapshotFulfilment | null | undefined) => (f ? d.fulfilment[f] : '');
  const header = [l.level, l.code, l.title, l.boardName, l.contributesTo, l.activities, ...STATUS_KEYS.map((k) => d.status[k]), l.indicatorProgress, l.proposal, l.assessment, l.forecast, l.assessedBy, l.analysis];

  const row = (level: string, goal: ReportGoal, board: string, contributesTo: string) => [
    level,
    goal.code,
    goal.title,
    board,
    contributesTo,
    goal.rollup.activities,
    ...STATUS_KEYS.map((k) => goal.rollup.counts[k]),
    goal.rollup.indicatorProgress === null ? null : oneDecimal(goal.rollup.indicatorProgress * 100),
    fulfilment(goal.rollup.proposed),
    goal.assessment ? fulfilment(goal.assessment.fulfilment) : d.notAssessed,
    fulfilment(goal.assessment?.forecast),
    goal.assessment?.byUnit ?? '',
    goal.assessment?.analysis ?? '',
  ];

  const rows: CsvCell[][] = snapshot.sections.map((s) => row(l.council, s, '', ''));
  // A board goal may contribute to several council goals: one row, listing all of them.
  const boardGoals = new Map<number, { goal: ReportGoal; board: string; parents: string[] }>();
  for (const section of snapshot.sections) {
    for (const c of section.contributions) {
      for (const goal of c.goals) {
        const seen = boardGoals.get(goal.id);
        if (seen) seen.parents.push(section.code);
        else boardGoals.set(goal.id, { goal, board: c.boardName, parents: [section.code] });
      }
    }
  }
  for (const { goal, board, parents } of boardGoals.values()) rows.push(row(l.board, goal, board, parents.join(', ')));

  return toCsv(header, rows);
}
