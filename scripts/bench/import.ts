import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/connection';
import { applyMigrations } from '../../db/migrate';
import { generateMunicipality } from '../../db/seed/generate';
import { runImport } from '../../features/import/run';
import { synthetic } from '../../test-support/hr-csv';

// npm run bench:import [-- --employees 50000 --units 3000]
// Seeds the small demo municipality in a temporary file, then imports a made-up HR register of the
// given size twice: the real run (everything new, the demo's own staff ended) and the re-import
// (nothing to do). The last line printed is the figures as JSON.
const { values } = parseArgs({ options: { employees: { type: 'string', default: '50000' }, units: { type: 'string', default: '3000' } } });

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'styrkedjan-import-'));
  const db = openDatabase(path.join(dir, 'bench.db'));
  applyMigrations(db);
  await generateMunicipality(db, { preset: 'small', seed: 1 });
  const files = synthetic(Number(values.employees), Number(values.units));
  const run = (apply: boolean) => runImport(db, { municipalityId: 1, actorPersonId: null, files, apply });
  const dryRun = run(false);
  const realRun = run(true);
  const reimport = run(true);
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const figures = {
    employees: Number(values.employees),
    units: Number(values.units),
    fileBytes: Buffer.byteLength(files.org) + Buffer.byteLength(files.people),
    dryRunMs: dryRun.ms,
    realRunMs: realRun.ms,
    realRun: realRun.counts,
    reimportMs: reimport.ms,
    reimport: reimport.counts,
  };
  console.error(`Import av ${figures.employees} anställda: ${(figures.realRunMs / 1000).toFixed(1)} s, återimport ${(figures.reimportMs / 1000).toFixed(1)} s.`);
  console.log(JSON.stringify(figures));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
