import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ORG_HEADER, PEOPLE_HEADER, exportFromDb, synthetic, toCsv } from '../test-support/hr-csv';

// npm run hr-csv -- --out DIR [--employees 50000] [--units 3000]   a made-up municipality of that size
// npm run hr-csv -- --out DIR --from-db data/styrkedjan.db         the database's own HR register
// Writes DIR/org.csv and DIR/people.csv as an HR system exports them (semicolons, BOM, CRLF).
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'data/hr' },
    employees: { type: 'string', default: '50000' },
    units: { type: 'string', default: '3000' },
    'from-db': { type: 'string' },
  },
});

let files: { org: string; people: string };
if (values['from-db']) {
  const sqlite = new Database(values['from-db'], { readonly: true });
  const rows = exportFromDb(sqlite);
  sqlite.close();
  files = { org: toCsv(ORG_HEADER, rows.org), people: toCsv(PEOPLE_HEADER, rows.people) };
} else {
  files = synthetic(Number(values.employees), Number(values.units));
}
fs.mkdirSync(values.out, { recursive: true });
fs.writeFileSync(path.join(values.out, 'org.csv'), files.org);
fs.writeFileSync(path.join(values.out, 'people.csv'), files.people);
console.log(JSON.stringify({ out: values.out, orgRows: files.org.split('\r\n').length - 2, peopleRows: files.people.split('\r\n').length - 2 }));
