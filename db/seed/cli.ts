import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../connection';
import { applyMigrations } from '../migrate';
import { generateMunicipality } from './generate';
import { isPresetName } from './presets';

// npm run seed -- --preset small|medium|large [--db PATH] [--seed N] [--second-municipality]
// Builds a fresh database with the demo municipality (and with --second-municipality also
// Norrvik, for the tests that keep municipalities apart). The last line printed is the counts as JSON.
const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    db: { type: 'string', default: 'data/styrkedjan.db' },
    seed: { type: 'string', default: '1' },
    'second-municipality': { type: 'boolean', default: false },
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
  const counts = await generateMunicipality(db, { preset, seed, secondMunicipality: values['second-municipality'] });
  db.$client.close();
  const also = values['second-municipality'] ? ' med Norrvik bredvid' : '';
  console.error(`Demokommunen Sjövik (${preset})${also} skapad i ${values.db} på ${(counts.ms / 1000).toFixed(1)} s.`);
  console.log(JSON.stringify(counts));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
