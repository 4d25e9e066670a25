import { isCalendarDate } from '@/lib/dates/calendar-date';
import { readCsv, type ColumnSpec, type CsvRow } from './csv';
import { KIND_NAMES } from './kinds';
import type { OrgRow, PersonRow, RowError } from './types';

type OrgField = 'code' | 'name' | 'parentCode' | 'kind' | 'chef';
type PeopleField = 'employeeNumber' | 'givenName' | 'familyName' | 'email' | 'unitCode' | 'managerNumber' | 'startDate' | 'endDate' | 'title';

/** The first header of each column is the one docs/hr-import.md documents and the generator writes. */
const ORG_COLUMNS: readonly ColumnSpec<OrgField>[] = [
  { field: 'code', headers: ['Enhetskod', 'Enhet kod'], requiredColumn: true },
  { field: 'name', headers: ['Enhetsnamn', 'Namn'], requiredColumn: true },
  { field: 'parentCode', headers: ['Överordnad enhetskod', 'Överordnad enhet'], requiredColumn: true },
  { field: 'kind', headers: ['Typ', 'Enhetstyp', 'Nivå'], requiredColumn: true },
  { field: 'chef', headers: ['Chefens anställningsnummer', 'Chef'], requiredColumn: false },
];

const PEOPLE_COLUMNS: readonly ColumnSpec<PeopleField>[] = [
  { field: 'employeeNumber', headers: ['Anställningsnummer', 'Anst.nr', 'Anstnr'], requiredColumn: true },
  { field: 'givenName', headers: ['Förnamn'], requiredColumn: true },
  { field: 'familyName', headers: ['Efternamn'], requiredColumn: true },
  { field: 'email', headers: ['E-post', 'E-postadress', 'Epost'], requiredColumn: true },
  { field: 'unitCode', headers: ['Enhetskod'], requiredColumn: true },
  { field: 'managerNumber', headers: ['Chefens anställningsnummer', 'Chef'], requiredColumn: true },
  { field: 'startDate', headers: ['Anställd från', 'Anställningsdatum', 'Startdatum'], requiredColumn: true },
  { field: 'endDate', headers: ['Anställd till', 'Slutdatum'], requiredColumn: true },
  { field: 'title', headers: ['Befattning', 'Titel'], requiredColumn: false },
];

const EMAIL = /^[^\s@;,<>]+@[^\s@;,<>]+\.[^\s@;,<>]+$/;

/** yyyy-mm-dd or yyyymmdd, a real calendar day; null if neither. */
export function parseIsoDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isCalendarDate(iso) ? iso : null;
}

function required<F extends string>(row: CsvRow<F>, field: F, header: string, file: 'org' | 'people', errors: RowError[]): string {
  const value = row.values[field] ?? '';
  if (value === '') errors.push({ file, line: row.line, code: 'missingField', params: { column: header } });
  return value;
}

const headerOf = <F extends string>(columns: readonly ColumnSpec<F>[], field: F) => columns.find((c) => c.field === field)!.headers[0]!;

const byLine = (errors: RowError[]) => errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

export interface Parsed<R> {
  rows: R[];
  errors: RowError[];
  /** Keys (unit codes, employee numbers) of rows that were refused: those are left as they are. */
  refusedKeys: Set<string>;
  hasChefColumn?: boolean;
  hasTitleColumn?: boolean;
}

/** The organisation file, each row's own fields checked; references between rows are checked later. */
export function parseOrgFile(text: string): Parsed<OrgRow> {
  const table = readCsv(text, 'org', ORG_COLUMNS);
  const rows: OrgRow[] = [];
  const errors = [...table.errors];
  const refusedKeys = new Set<string>();
  const hasChefColumn = table.present.has('chef');
  const h = (f: OrgField) => headerOf(ORG_COLUMNS, f);
  for (const row of table.rows) {
    const rowErrors: RowError[] = [];
    const code = required(row, 'code', h('code'), 'org', rowErrors);
    const name = required(row, 'name', h('name'), 'org', rowErrors);
    const kindText = required(row, 'kind', h('kind'), 'org', rowErrors);
    const kind = KIND_NAMES[kindText.toLowerCase()];
    if (kindText !== '' && !kind) rowErrors.push({ file: 'org', line: row.line, code: 'unknownKind', params: { value: kindText } });
    errors.push(...rowErrors);
    if (rowErrors.length || !kind) {
      if (code) refusedKeys.add(code);
      continue;
    }
    const parentCode = row.values.parentCode || null;
    rows.push({ line: row.line, code, name, parentCode, kind, ...(hasChefColumn ? { chefNumber: row.values.chef || null } : {}) });
  }
  return { rows, errors: byLine(errors), refusedKeys, hasChefColumn };
}

/** The employee file, each row's own fields checked; units and managers are checked later. */
export function parsePeopleFile(text: string): Parsed<PersonRow> {
  const table = readCsv(text, 'people', PEOPLE_COLUMNS);
  const rows: PersonRow[] = [];
  const errors = [...table.errors];
  const refusedKeys = new Set<string>();
  const hasTitleColumn = table.present.has('title');
  const h = (f: PeopleField) => headerOf(PEOPLE_COLUMNS, f);
  for (const row of table.rows) {
    const rowErrors: RowError[] = [];
    const employeeNumber = required(row, 'employeeNumber', h('employeeNumber'), 'people', rowErrors);
    const givenName = required(row, 'givenName', h('givenName'), 'people', rowErrors);
    const familyName = required(row, 'familyName', h('familyName'), 'people', rowErrors);
    const unitCode = required(row, 'unitCode', h('unitCode'), 'people', rowErrors);
    const startText = required(row, 'startDate', h('startDate'), 'people', rowErrors);
    const email = (row.values.email ?? '').toLowerCase() || null;
    if (email && !EMAIL.test(email)) rowErrors.push({ file: 'people', line: row.line, code: 'badEmail', params: { value: email } });
    const startDate = startText ? parseIsoDate(startText) : null;
    if (startText && !startDate) rowErrors.push({ file: 'people', line: row.line, code: 'badDate', params: { column: h('startDate'), value: startText } });
    const endText = row.values.endDate ?? '';
    const endDate = endText ? parseIsoDate(endText) : null;
    if (endText && !endDate) rowErrors.push({ file: 'people', line: row.line, code: 'badDate', params: { column: h('endDate'), value: endText } });
    if (startDate && endDate && endDate < startDate) rowErrors.push({ file: 'people', line: row.line, code: 'endBeforeStart', params: { start: startDate, end: endDate } });
    errors.push(...rowErrors);
    if (rowErrors.length || !startDate) {
      if (employeeNumber) refusedKeys.add(employeeNumber);
      continue;
    }
    rows.push({
      line: row.line,
      employeeNumber,
      givenName,
      familyName,
      email,
      unitCode,
      managerNumber: row.values.managerNumber || null,
      startDate,
      endDate,
      ...(hasTitleColumn ? { title: row.values.title ?? '' } : {}),
    });
  }
  return { rows, errors: byLine(errors), refusedKeys, hasTitleColumn };
}
