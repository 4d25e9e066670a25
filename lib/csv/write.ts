import { stringify } from 'csv-stringify/sync';

/**
 * Every CSV the product hands out (report figures, open data) is written here, the way Swedish
 * Excel opens it by double-click: semicolons between fields, decimal commas, UTF-8 with a
 * byte-order mark (without it Excel reads å ä ö as Latin-1), CRLF line ends.
 *
 * A text that begins with = + - @ (or a tab or carriage return, which Excel skips before them)
 * would be evaluated as a formula by a spreadsheet: such a cell gets a leading apostrophe, which
 * keeps it text. Goal titles, analyses and indicator names are typed by people, so any of them
 * may begin that way; numbers are written as numbers and never guarded.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** 62.5 → "62,5": a decimal comma and no thousands separator, so Excel reads it as a number. */
export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cells = (row: readonly CsvCell[]) => row.map((v) => (v === null || v === undefined ? '' : typeof v === 'number' ? csvNumber(v) : csvText(v)));
  return stringify([cells(header), ...rows.map(cells)], { delimiter: ';', record_delimiter: '\r\n', bom: true, quoted_match: /[;"\r\n]/ });
}
