import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { openDatabase, type Db } from '../../db/connection';
import { applyMigrations } from '../../db/migrate';
import { generateMunicipality } from '../../db/seed/generate';
import { applyMeetingToRollups, rebuildRollups } from '../../features/rollup/store';
import { freePort, signIn } from '../demo-http';

// npm run bench: the speed budgets, measured at the large preset (Sweden's largest municipality).
// Prints progress to stderr and, as its LAST line, one JSON object with the figures.
const DB = process.env.BENCH_DB ?? 'bench-data/large.db';
const BOARD_MEMBER = 'namndledamot@sjovik.se';
const log = (msg: string) => console.error(`[bench] ${msg}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function ensureDatabase(): Promise<Db> {
  if (fs.existsSync(DB)) {
    const db = openDatabase(DB);
    applyMigrations(db);
    const ok = db.$client.prepare('SELECT count(*) AS n FROM municipalities').get() as { n: number };
    if (ok.n > 0) {
      log(`reusing ${DB}`);
      return db;
    }
    db.$client.close();
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(DB + suffix, { force: true });
  const db = openDatabase(DB);
  applyMigrations(db);
  log('generating the large preset …');
  const counts = await generateMunicipality(db, { preset: 'large', seed: 1 });
  log(`generated in ${(counts.ms / 1000).toFixed(1)} s`);
  return db;
}

function measureRollup(db: Db) {
  const year = db.$client.prepare(`SELECT id, year FROM plan_years WHERE status = 'open' ORDER BY year DESC`).get() as { id: number; year: number };
  const from = `${year.year}-01-01`;
  const to = `${year.year}-12-31`;
  // The floor: one plain aggregate over the same follow-up rows the roll-up reads.
  const raw = db.$client.prepare(`SELECT fe.status, count(*) FROM follow_up_entries fe JOIN follow_up_events ev ON ev.id = fe.event_id WHERE ev.kind = 'workplace_meeting' AND ev.held_on BETWEEN ? AND ? GROUP BY fe.status`);
  const rawTimes: number[] = [];
  const fullTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    raw.all(from, to);
    rawTimes.push(performance.now() - t);
    t = performance.now();
    rebuildRollups(db, year.id);
    fullTimes.push(performance.now() - t);
  }

  // One saved meeting: the delta applied in its transaction, rolled back so the database stays as it was.
  const units = db.$client.prepare(`SELECT p.unit_id AS unitId, p.id AS planId FROM action_plans p WHERE p.plan_year_id = ? AND p.status = 'approved' ORDER BY p.id LIMIT 30`).all(year.id) as { unitId: number; planId: number }[];
  const incremental: number[] = [];
  const rollback = new Error('rollback');
  for (const u of units) {
    try {
      db.transaction((tx) => {
        const acts = db.$client.prepare(`SELECT id FROM activities WHERE plan_id = ?`).all(u.planId) as { id: number }[];
        const manager = (db.$client.prepare(`SELECT person_id AS id FROM employments WHERE unit_id = ? LIMIT 1`).get(u.unitId) as { id: number }).id;
        const eventId = Number(db.$client.prepare(`INSERT INTO follow_up_events (kind, unit_id, manager_person_id, held_on, status) VALUES ('workplace_meeting', ?, ?, ?, 'confirmed')`).run(u.unitId, manager, `${year.year}-11-21`).lastInsertRowid);
        for (const a of acts) db.$client.prepare(`INSERT INTO follow_up_entries (event_id, activity_id, status) VALUES (?, ?, 'done')`).run(eventId, a.id);
        const t = performance.now();
        applyMeetingToRollups(tx, eventId, 1);
        incremental.push(performance.now() - t);
        throw rollback;
      });
    } catch (err) {
      if (err !== rollback) throw err;
    }
  }
  const followUps = (db.$client.prepare('SELECT count(*) AS n FROM follow_up_entries').get() as { n: number }).n;
  return { followUps, rollupFullMs: round(median(fullTimes)), rawScanMs: round(median(rawTimes)), rollupRatio: round(median(fullTimes) / median(rawTimes)), incrementalUpdateMs: round(median(incremental)) };
}



async function load(url: string, cookie: string | null) {
  const headers = cookie ? { cookie } : {};
  // Three seconds of the same load first, unmeasured, so every server process has loaded and
  // optimised the page's code: the figures are those of a server that has been running.
  await autocannon({ url, connections: 20, duration: 3, headers });
  const result = await autocannon({ url, connections: 20, duration: 10, headers });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} responses were not 2xx`);
  // autocannon reports p90 and p97.5 but no p95: take the nearer bound that does not flatter, p97.5.
  return { p95: result.latency.p97_5, reqPerSec: result.requests.average };
}

/** The board the politician of the demo accounts sits on: the dashboard they would open. */
function boardOf(db: Db, email: string): number {
  const row = db.$client
    .prepare(`SELECT ra.org_unit_id AS id FROM accounts a JOIN role_assignments ra ON ra.person_id = a.person_id JOIN org_units u ON u.id = ra.org_unit_id WHERE a.email = ? AND ra.role = 'board_member' AND u.kind IN ('board', 'executive_board') ORDER BY ra.org_unit_id LIMIT 1`)
    .get(email) as { id: number } | undefined;
  if (!row) throw new Error(`${email} sits on no board`);
  return row.id;
}

async function main() {
  const db = await ensureDatabase();
  log('measuring the roll-up …');
  const rollup = measureRollup(db);
  const boardId = boardOf(db, BOARD_MEMBER);
  db.$client.close();
  log(JSON.stringify(rollup));

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_PATH: DB, NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef0123456789', NEXTAUTH_URL: base, STYRKEDJAN_DEMO: '1', NEXT_TELEMETRY_DISABLED: '1' };
  log('building the app …');
  if (spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('build failed');
  // The production server as it is run: one process per core (server/serve.ts); BENCH_WORKERS=1 for one.
  const workers = process.env.BENCH_WORKERS ? ['--workers', process.env.BENCH_WORKERS] : [];
  const server: ChildProcess = spawn('npx', ['tsx', 'server/serve.ts', '--port', String(port), '--host', '127.0.0.1', ...workers], { env, stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const employeeCookie = await signIn(base, 'medarbetare@sjovik.se');
    log('load: baseline …');
    const baseline = await load(`${base}/api/health`, null);
    log('load: employee page …');
    const employee = await load(`${base}/min-styrkedja`, employeeCookie);
    const boardCookie = await signIn(base, BOARD_MEMBER);
    log(`load: board dashboard (org unit ${boardId}) …`);
    const board = await load(`${base}/resultat/namnd/${boardId}`, boardCookie);
    log('load: council dashboard …');
    const council = await load(`${base}/resultat/kf`, boardCookie);
    const figures = {
      ...rollup,
      boardDashboardP95Ms: round(board.p95),
      councilDashboardP95Ms: round(council.p95),
      employeePageP95Ms: round(employee.p95),
      baselinePageP95Ms: round(baseline.p95),
      reqPerSec: round(employee.reqPerSec),
    };
    console.log(JSON.stringify(figures));
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
