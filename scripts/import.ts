import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { applyMigrations } from '../db/migrate';
import { runImport } from '../features/import/run';
import { elevatedRolesOf } from '../features/import/roles';
import type { RowError } from '../features/import/types';
import messages from '../messages/sv/import.json';

// npm run import -- --org org.csv --people people.csv [--dry-run] [--db PATH] [--municipality ID] [--today YYYY-MM-DD]
// Imports the HR system's organisation and employee files (either or both). Bad rows are listed on
// stderr; the last line printed is the summary as JSON.
const { values } = parseArgs({
  options: {
    org: { type: 'string' },
    people: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    db: { type: 'string', default: 'data/styrkedjan.db' },
    municipality: { type: 'string' },
    today: { type: 'string' },
  },
});

const describe = (e: RowError) => (messages.import.errors[e.code] as string).replace(/\{(\w+)\}/g, (_, key: string) => String(e.params?.[key] ?? ''));

function main() {
  if (!values.org && !values.people) throw new Error('Ange --org och/eller --people.');
  const read = (file: string | undefined) => (file ? fs.readFileSync(file, 'utf8') : null);
  const files = { org: read(values.org), people: read(values.people) };
  const db = openDatabase(values.db);
  applyMigrations(db);
  const municipalities = db.$client.prepare('SELECT id FROM municipalities ORDER BY id').all() as { id: number }[];
  const municipalityId = values.municipality ? Number(values.municipality) : municipalities.length === 1 ? municipalities[0]!.id : NaN;
  if (!municipalities.some((m) => m.id === municipalityId)) throw new Error('Ange kommunen med --municipality (id).');

  const outcome = runImport(db, { municipalityId, actorPersonId: null, files, apply: !values['dry-run'], ...(values.today ? { today: values.today } : {}) });
  db.$client.close();
  for (const e of outcome.plan.errors) console.error(`${e.file === 'org' ? 'Organisation' : 'Personal'} rad ${e.line ?? '–'}: ${describe(e)}`);
  // Who loses more than a plain employee's role (a leaver, or a returning person's leftover roles), before anything is saved.
  const rolesLost = [...outcome.plan.people.ended.map((p) => ({ employeeNumber: p.employeeNumber, roles: elevatedRolesOf(p.rolesLost) })), ...outcome.plan.people.created.map((p) => ({ employeeNumber: p.row.employeeNumber, roles: elevatedRolesOf(p.rolesDropped) }))].filter((r) => r.roles.length > 0);
  for (const r of rolesLost) console.error(`${r.employeeNumber} förlorar rollerna ${r.roles.join(', ')}.`);
  console.error(`${outcome.applied ? 'Importen är genomförd' : 'Förhandsgranskning, inget sparat'} på ${(outcome.ms / 1000).toFixed(1)} s.`);
  console.log(JSON.stringify({ applied: outcome.applied, ...outcome.counts, rolesLost, ms: outcome.ms, errorRows: outcome.plan.errors.map((e) => ({ file: e.file, line: e.line, reason: describe(e) })) }));
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
