import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { applyMigrations } from '../db/migrate';
import { disposeTalkTexts } from '../features/privacy/disposal';

// npm run gallring -- [--db PATH] [--dry-run] [--municipality ID]
// Applies each municipality's disposal rule for talk texts (gallring, features/privacy/disposal.ts):
// notes, comments and next steps older than the rule's number of years are removed; the talks,
// their dates and statuses stay. Meant for a nightly job. The
// audit row has no actor (the operator is not a person in the database); its detail names the
// municipality. The last line printed is the summary as JSON.
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.DATABASE_PATH ?? 'data/styrkedjan.db' },
    'dry-run': { type: 'boolean', default: false },
    municipality: { type: 'string' },
  },
});

function main() {
  if (!fs.existsSync(values.db)) throw new Error(`Databasen ${values.db} finns inte.`);
  const db = openDatabase(values.db);
  // A job run right after an upgrade must see the retention_rules table.
  applyMigrations(db);
  const all = db.$client.prepare('SELECT id FROM municipalities ORDER BY id').all() as { id: number }[];
  const only = values.municipality === undefined ? null : Number(values.municipality);
  if (only !== null && !all.some((m) => m.id === only)) throw new Error(`Kommunen ${values.municipality} finns inte i databasen.`);
  const dryRun = values['dry-run'];
  const now = new Date();
  const results = all.filter((m) => only === null || m.id === only).map((m) => disposeTalkTexts(db, { municipalityId: m.id, now, dryRun, actorPersonId: null }));
  db.$client.close();
  for (const r of results) {
    console.error(`Kommun ${r.municipalityId}: ${r.notes} samtalsanteckningar och ${r.entryTexts} kommentarer till aktiviteter från ${r.talks} samtal äldre än ${r.cutoffDate} (${r.years} år) ${dryRun ? 'skulle gallras' : 'gallrade'}.`);
  }
  console.log(JSON.stringify({ dryRun, at: now.toISOString(), notes: results.reduce((n, r) => n + r.notes, 0), entryTexts: results.reduce((n, r) => n + r.entryTexts, 0), municipalities: results }));
}

try {
  main();
} catch (err: unknown) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
