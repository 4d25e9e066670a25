import type { ReportGoal, ReportSnapshot, SnapshotFulfilment } from '../snapshot';
import { STATUS_KEYS, type ExportLabels } from './labels';

/**
 * The report's figures as CSV the way Swedish Excel opens it by double-click: semicolons between
 * fields, a decimal comma, UTF-8 with a byte-order mark (without it Excel reads å ä ö as
 * Latin-1), CRLF line ends. One row per goal: the council goals, then each board goal once.
 */

const BOM = '\uFEFF';

/** Quotes a field when it holds the separator, a quote or a line break; quotes are doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'number' ? decimal(value) : value;
  // A leading = + - @ would make Excel evaluate the cell as a formula; a leading apostrophe keeps it text.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 62.5 → "62,5": no thousands separator, so Excel reads it as a number. */
const decimal = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10).replace('.', ','));

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
    goal.rollup.indicatorProgress === null ? null : goal.rollup.indicatorProgress * 100,
    fulfilment(goal.rollup.proposed),
    goal.assessment ? fulfilment(goal.assessment.fulfilment) : d.notAssessed,
    fulfilment(goal.assessment?.forecast),
    goal.assessment?.byUnit ?? '',
    goal.assessment?.analysis ?? '',
  ];

  const rows: (string | number | null)[][] = snapshot.sections.map((s) => row(l.council, s, '', ''));
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

  return BOM + [header, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}
