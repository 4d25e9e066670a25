import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { applyMigrations } from '../db/migrate';
import { env } from '../lib/env';
import { runKoladaFetch } from '../features/kolada/store';

// npm run kolada:fetch -- [--db PATH] [--municipality ID]
// Fetches the values of every Kolada-linked indicator for the municipality, the country and the
// comparison group. The last line printed is a JSON summary; a failure exits non-zero with its
// message, and the values fetched earlier stay as they were.
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: env.databasePath },
    municipality: { type: 'string', default: '1' },
  },
});

async function main() {
  const municipalityId = Number(values.municipality);
  if (!Number.isInteger(municipalityId) || municipalityId <= 0) throw new Error(`--municipality måste vara ett positivt heltal, inte "${values.municipality}".`);
  const db = openDatabase(values.db);
  applyMigrations(db);
  try {
    const started = performance.now();
    const result = await runKoladaFetch(db, { municipalityId, actorPersonId: null, baseUrl: env.koladaBaseUrl, timeoutMs: env.koladaTimeoutMs });
    const ms = Math.round(performance.now() - started);
    if (!result.ok) {
      console.error(`Hämtningen från Kolada misslyckades: ${result.message}`);
      console.log(JSON.stringify({ ok: false, kind: result.kind, failedKpi: result.failedKpi, kpis: result.kpis, ms }));
      process.exitCode = 1;
      return;
    }
    console.error(`Hämtade ${result.kpis.length} nyckeltal från ${env.koladaBaseUrl}: ${result.stored} värden sparade, ${result.removed} borttagna.`);
    console.log(JSON.stringify({ ok: true, kpis: result.kpis, stored: result.stored, removed: result.removed, ms }));
  } finally {
    db.$client.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
