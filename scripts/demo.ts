import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { applyMigrations } from '../db/migrate';
import { generateMunicipality } from '../db/seed/generate';
import { isPresetName } from '../db/seed/presets';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../lib/demo-accounts';

// npm run demo [-- --preset small|medium|large] [--port 3000]
// Migrates data/styrkedjan.db, fills it with the demo municipality when empty, builds and starts
// the app, and prints the demo accounts.
// npm run dev [-- --preset …] [--port 3000] (this script with --dev) prepares the same database and
// the same settings, then runs `next dev` instead: no build, and every change reloads in the browser.
const { values } = parseArgs({
  options: { preset: { type: 'string', default: 'small' }, port: { type: 'string', default: '3000' }, dev: { type: 'boolean', default: false } },
});
const DB_PATH = 'data/styrkedjan.db';
const SECRET_PATH = 'data/.demo-secret';

async function main() {
  if (!isPresetName(values.preset)) throw new Error(`Okänd storlek "${values.preset}": välj small, medium eller large.`);
  const db = openDatabase(DB_PATH);
  applyMigrations(db);
  const empty = (db.$client.prepare('SELECT count(*) AS n FROM municipalities').get() as { n: number }).n === 0;
  if (empty) {
    console.log(`Skapar demokommunen Sjövik (${values.preset}) …`);
    const counts = await generateMunicipality(db, { preset: values.preset, seed: 1 });
    console.log(`Klart på ${(counts.ms / 1000).toFixed(1)} s: ${counts.employees} anställda, ${counts.units} enheter, ${counts.activities} aktiviteter.`);
  } else {
    console.log(`Använder befintlig databas ${DB_PATH}.`);
  }
  db.$client.close();

  // A secret of its own per installation, kept so that sessions survive a restart.
  if (!fs.existsSync(SECRET_PATH)) fs.writeFileSync(SECRET_PATH, randomBytes(32).toString('base64url'), { mode: 0o600 });
  const env = {
    ...process.env,
    DATABASE_PATH: DB_PATH,
    NEXTAUTH_SECRET: fs.readFileSync(SECRET_PATH, 'utf8').trim(),
    NEXTAUTH_URL: `http://localhost:${values.port}`,
    STYRKEDJAN_DEMO: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  if (!values.dev) {
    console.log('Bygger appen …');
    const build = spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('Bygget misslyckades.');
  }

  console.log(`\nStyrkedjan körs på http://localhost:${values.port}${values.dev ? ' (utvecklingsläge)' : ''}\n`);
  console.log(`Demokonton (lösenord för alla: ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.roleLabel.padEnd(32)} ${a.email}`);
  console.log('');
  // One server process per core (server/serve.ts), as in production; `next dev` is one process
  // that compiles each page when it is first asked for.
  const server = values.dev ? spawn('npx', ['next', 'dev', '--port', values.port], { env, stdio: 'inherit' }) : spawn('npx', ['tsx', 'server/serve.ts', '--port', values.port], { env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
