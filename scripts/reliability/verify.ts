import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/connection';
import { applyMigrations } from '../../db/migrate';
import { generateMunicipality } from '../../db/seed/generate';
import { backupDatabase, restoreDatabase, tableCounts } from '../backup/database-backup';
import { runConcurrentWriters } from './concurrent-writers';
import { runCrashTest } from './crash-test';
import { buildWriter, startWriter } from './writer-process';
import { freePort, signIn } from '../demo-http';

// npm run verify:reliability — every reliability figure of the product, measured, printed as ONE
// JSON object on the last line (progress goes to stderr). Takes about a quarter of an hour on a
// 2-core machine: 100 kills of a writer, a backup under writes restored and served, and a
// minute of load on the large preset with the event loop watched.
const log = (m: string) => console.error(`[verify] ${m}`);
const LARGE_DB = process.env.BENCH_DB ?? 'bench-data/large.db';
const SECRET = 'verify-secret-0123456789abcdef0123456789';
const round = (n: number) => Math.round(n * 10) / 10;

async function seedSmall(file: string) {
  const db = openDatabase(file);
  applyMigrations(db);
  await generateMunicipality(db, { preset: 'small', seed: 1 });
  db.$client.close();
}

async function startServer(dbPath: string, extraEnv: Record<string, string> = {}): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_PATH: dbPath, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: base, STYRKEDJAN_DEMO: '1', NEXT_TELEMETRY_DISABLED: '1', ...extraEnv };
  // The production server as deployed: one process per core (server/serve.ts).
  const server: ChildProcess = spawn('npx', ['tsx', 'server/serve.ts', '--port', String(port), '--host', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  stop();
  throw new Error('the server did not start');
}

/** A backup taken while a writer saves meetings, restored into a fresh directory, and served. */
async function backupRestore(source: string, work: string): Promise<boolean> {
  buildWriter();
  const writer = startWriter(source);
  await writer.firstAck;
  const ackedBefore = [...writer.acked];
  const manifest = backupDatabase(source, path.join(work, 'kopior'));
  writer.child.kill('SIGTERM');
  await writer.exited;
  const target = path.join(work, 'aterstalld', 'styrkedjan.db');
  const restored = restoreDatabase(path.join(work, 'kopior', manifest.file), target);
  const db = new Database(target, { readonly: true });
  let ok: boolean;
  try {
    const present = db.prepare('SELECT count(*) AS n FROM follow_up_events WHERE id = ?');
    ok = db.pragma('integrity_check', { simple: true }) === 'ok' && JSON.stringify(tableCounts(db)) === JSON.stringify(manifest.counts) && JSON.stringify(restored.counts) === JSON.stringify(manifest.counts) && ackedBefore.every((id) => (present.get(id) as { n: number }).n === 1);
  } finally {
    db.close();
  }
  const server = await startServer(target);
  try {
    const cookie = await signIn(server.base, 'medarbetare@sjovik.se');
    const page = await fetch(`${server.base}/min-styrkedja`, { headers: { cookie } });
    ok = ok && page.status === 200 && (await page.text()).includes('Min styrkedja');
  } finally {
    server.stop();
  }
  return ok;
}

/** A minute of load on the employee page at the large preset, with the server's event loop watched. */
async function sustainedLoad(): Promise<{ loadReqPerSec: number; loadP95Ms: number; eventLoopP99Ms: number }> {
  if (!fs.existsSync(LARGE_DB)) {
    log(`generating the large preset in ${LARGE_DB} …`);
    fs.mkdirSync(path.dirname(LARGE_DB), { recursive: true });
    const db = openDatabase(LARGE_DB);
    applyMigrations(db);
    await generateMunicipality(db, { preset: 'large', seed: 1 });
    db.$client.close();
  } else {
    const db = openDatabase(LARGE_DB);
    applyMigrations(db);
    db.$client.close();
  }
  const report = path.join(os.tmpdir(), `styrkedjan-eventloop-${process.pid}`);
  const server = await startServer(LARGE_DB, { STYRKEDJAN_EVENT_LOOP_REPORT: report });
  try {
    const cookie = await signIn(server.base, 'medarbetare@sjovik.se');
    await autocannon({ url: `${server.base}/min-styrkedja`, connections: 5, duration: 5, headers: { cookie } }); // warm up
    fs.writeFileSync(`${report}.reset`, String(Date.now()));
    await new Promise((r) => setTimeout(r, 1500));
    const result = await autocannon({ url: `${server.base}/min-styrkedja`, connections: 20, duration: 60, headers: { cookie } });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`load: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    await new Promise((r) => setTimeout(r, 1500));
    const dir = path.dirname(report);
    const base = path.basename(report);
    const p99s = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(`${base}.`) && f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { p99: number; samples: number })
      .filter((r) => r.samples > 0)
      .map((r) => r.p99);
    if (p99s.length === 0) throw new Error('no event-loop report was written');
    // autocannon gives p97.5, not p95: the nearer bound that does not flatter.
    return { loadReqPerSec: round(result.requests.average), loadP95Ms: round(result.latency.p97_5), eventLoopP99Ms: Math.max(...p99s) };
  } finally {
    server.stop();
  }
}

/** The server as deployed on a small municipality, and 50 sessions saving meetings through it. */
async function concurrentWriters(dbPath: string) {
  const server = await startServer(dbPath);
  try {
    process.env.E2E_PORT = new URL(server.base).port;
    return await runConcurrentWriters({ dbPath, writers: Number(process.env.CONCURRENT_WRITERS ?? 50), seconds: Number(process.env.CONCURRENT_SECONDS ?? 60), log });
  } finally {
    server.stop();
  }
}

/**
 * The Playwright specs that post every form as every role and feed them hostile input, with more
 * fuzz runs than `npm test` uses; each writes its totals to test-results/.
 */
function authzAndFuzz() {
  const run = spawnSync('bash', ['scripts/e2e.sh', 'e2e/authz-matrix.spec.ts', 'e2e/hostile-input.spec.ts'], { env: { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '150' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join('test-results', file), 'utf8')) as Record<string, number>;
  const authz = read('authz-summary.json');
  const fuzz = read('fuzz-summary.json');
  if (run.status !== 0) log('the authorisation or hostile-input spec failed: see its output above');
  // The tenant cases: every read and write of one municipality tried as the other's roles (Norrvik beside Sjövik).
  return { authzCases: authz.authzCases!, authzLeaks: authz.authzLeaks!, tenantCases: authz.tenantCases!, tenantLeaks: authz.tenantLeaks!, fuzzInputs: fuzz.fuzzInputs!, fuzzServerErrors: fuzz.fuzzServerErrors!, httpSpecsPassed: run.status === 0 };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'styrkedjan-verify-'));
  try {
    const small = path.join(work, 'liten.db');
    log('seeding a small municipality …');
    await seedSmall(small);
    log('building the app …');
    if (spawnSync('npx', ['next', 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: 'http://127.0.0.1:3000' }, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('build failed');

    log('crash test: killing a writer 100 times …');
    const crash = await runCrashTest({ sourceDb: small, runs: Number(process.env.CRASH_RUNS ?? 100), log: (m) => log(m) });
    log(JSON.stringify(crash));

    log('backup under writes, restore, serve …');
    const backupRestoreOk = await backupRestore(small, work);

    log('50 sessions saving meetings through the server for 60 s …');
    const concurrency = await concurrentWriters(small);
    log(JSON.stringify(concurrency));

    log('authorisation matrix and hostile input against the production server …');
    const http = authzAndFuzz();

    log('sustained load on the employee page (large preset, 60 s) …');
    const load = await sustainedLoad();

    console.log(
      JSON.stringify({
        crashRuns: crash.crashRuns,
        ackedWrites: crash.ackedWrites,
        lostWrites: crash.lostWrites,
        integrityOk: crash.integrityOk,
        rollupConsistentAfterCrashes: crash.rollupConsistent,
        concurrentWriters: concurrency.concurrentWriters,
        writeErrors: concurrency.writeErrors,
        concurrentAckedWrites: concurrency.acknowledgedMeetings,
        concurrentLostWrites: concurrency.concurrentLostWrites,
        busyErrorsShown: concurrency.busyErrors,
        ...http,
        backupRestoreOk,
        ...load,
      }),
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
