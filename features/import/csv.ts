import { parse } from 'csv-parse/sync';
import type { ImportFileKind, RowError } from './types';

/** One column the import knows: the field it fills, the Swedish headers HR systems use for it. */
export interface ColumnSpec<F extends string> {
  field: F;
  headers: readonly string[];
  /** The column must be in the file (a value may still be optional). */
  requiredColumn: boolean;
}

export interface CsvRow<F extends string> {
  /** The line in the file where the row starts (the header is line 1). */
  line: number;
  values: Partial<Record<F, string>>;
}

interface CsvTable<F extends string> {
  rows: CsvRow<F>[];
  /** The optional columns the file has: an absent column leaves its data as it is. */
  present: Set<F>;
  errors: RowError[];
}

const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/**
 * Reads an HR system's CSV export: semicolon-separated, UTF-8 with or without a byte order mark,
 * CRLF or LF, quoted fields may hold semicolons and line breaks. Columns are found by their
 * header, in any order. A row with the wrong number of fields is reported, never guessed at.
 */
export function readCsv<F extends string>(text: string, file: ImportFileKind, columns: readonly ColumnSpec<F>[]): CsvTable<F> {
  // csv-parse counts a CRLF inside a quoted field as two lines; with LF only, line numbers are exact.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, { delimiter: ';', info: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as unknown as typeof records;
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : null;
    return { rows: [], present: new Set(), errors: [{ file, line, code: 'unreadable' }] };
  }
  const header = records[0];
  if (!header) return { rows: [], present: new Set(), errors: [{ file, line: null, code: 'empty' }] };

  const names = header.record.map(normaliseHeader);
  const index = new Map<F, number>();
  const errors: RowError[] = [];
  for (const column of columns) {
    const at = names.findIndex((n) => column.headers.some((h) => normaliseHeader(h) === n));
    if (at >= 0) index.set(column.field, at);
    else if (column.requiredColumn) errors.push({ file, line: 1, code: 'missingColumn', params: { column: column.headers[0]! } });
  }
  if (errors.length) return { rows: [], present: new Set(), errors };

  const rows: CsvRow<F>[] = [];
  for (const { record, info } of records.slice(1)) {
    // info.lines is where the record ends; a quoted field with line breaks started earlier.
    const breaks = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    if (record.every((v) => v.trim() === '')) continue;
    if (record.length !== header.record.length) {
      errors.push({ file, line, code: 'columnCount', params: { expected: header.record.length, found: record.length } });
      continue;
    }
    const values: Partial<Record<F, string>> = {};
    for (const [field, at] of index) values[field] = record[at]!.trim();
    rows.push({ line, values });
  }
  return { rows, present: new Set(index.keys()), errors };
}
