import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../connection';
import { applyMigrations } from '../migrate';
import { generateMunicipality } from './generate';
import { isPresetName } from './presets';

// npm run seed -- --preset small|medium|large [--db PATH] [--seed N]
// Builds a fresh database with the demo municipality. The last line printed is the counts as JSON.
const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    db: { type: 'string', default: 'data/styrkedjan.db' },
    seed: { type: 'string', default: '1' },
  },
});

async function main() {
  const preset = values.preset;
  if (!isPresetName(preset)) throw new Error(`Okänd storlek "${preset}": välj small, medium eller large.`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed måste vara ett heltal, inte "${values.seed}".`);

  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(values.db + suffix, { force: true });
  const db = openDatabase(values.db);
  applyMigrations(db);
  const counts = await generateMunicipality(db, { preset, seed });
  db.$client.close();
  console.error(`Demokommunen Sjövik (${preset}) skapad i ${values.db} på ${(counts.ms / 1000).toFixed(1)} s.`);
  console.log(JSON.stringify(counts));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
