import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { openDatabase, type Db } from '../../db/connection';
import { applyMigrations } from '../../db/migrate';
import { generateMunicipality } from '../../db/seed/generate';
import { DEMO_PASSWORD } from '../../lib/demo-accounts';
import { applyMeetingToRollups, rebuildRollups } from '../../features/rollup/store';
import { freePort, signIn } from '../demo-http';

// npm run bench: the speed budgets, measured at the large preset (Sweden's largest municipality)
// under the workload of a busy morning: 300 different people signed in, 20 connections, and unit
// managers saving workplace meetings twice a second in a process of their own, all the time the
// pages are measured. Prints progress to stderr and, as its LAST line, one JSON object.
const DB = process.env.BENCH_DB ?? 'bench-data/large.db';
// The load runs on a copy, so the meetings it saves never pile up in the database the next run starts from.
const RUN_DB = DB.replace(/\.db$/, '') + '-run.db';
const WRITER = path.resolve('bench-data/apt-writer.cjs');
const BOARD_MEMBER = 'namndledamot@sjovik.se';
const PEOPLE = 300;
const CONNECTIONS = 20;
const WRITES_PER_SECOND = 2;
const WARM_UP_SECONDS = 3;
/**
 * Each page is measured this many times for MEASURE_SECONDS, the pages taking turns, so a change
 * in the neighbours' load on a shared machine falls on every page and its yardstick alike.
 */
const ROUNDS = 2;
const MEASURE_SECONDS = 5;
/** A request still unanswered after this long is given up, counted with the time it waited and as unanswered. */
const TIMEOUT_SECONDS = 30;
/** p95 budgets in ms under the workload above. */
const BUDGETS = { employeePage: 200, todoPage: 200, goalChainPage: 200, boardDashboard: 300, councilDashboard: 300 } as const;
const log = (msg: string) => console.error(`[bench] ${msg}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

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

/** The board the politician of the demo accounts sits on: the dashboard they would open. */
function boardOf(db: Db, email: string): number {
  const row = db.$client
    .prepare(`SELECT ra.org_unit_id AS id FROM accounts a JOIN role_assignments ra ON ra.person_id = a.person_id JOIN org_units u ON u.id = ra.org_unit_id WHERE a.email = ? AND ra.role = 'board_member' AND u.kind IN ('board', 'executive_board') ORDER BY ra.org_unit_id LIMIT 1`)
    .get(email) as { id: number } | undefined;
  if (!row) throw new Error(`${email} sits on no board`);
  return row.id;
}

/**
 * Accounts for employees spread over the whole organisation, each with an assignment of the open
 * year, so every employee page has a chain of its own to show. They share one password hash in the
 * application's own format at a lower scrypt cost: the sign-ins happen before the measurement and
 * are not part of it, and at full cost 300 of them would take minutes.
 */
function addBenchAccounts(db: Db, count: number): string[] {
  const domain = BOARD_MEMBER.slice(BOARD_MEMBER.indexOf('@') + 1);
  const salt = randomBytes(16);
  const N = 2 ** 12;
  const hash = ['scrypt', N, 8, 1, salt.toString('base64'), scryptSync(DEMO_PASSWORD.normalize('NFKC'), salt, 64, { N, r: 8, p: 1 }).toString('base64')].join('$');
  const people = db.$client
    .prepare(
      `SELECT s.person_id FROM assignments s JOIN plan_years y ON y.id = s.plan_year_id AND y.status = 'open'
       WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = s.person_id) ORDER BY s.person_id`,
    )
    .pluck()
    .all() as number[];
  const step = Math.max(1, Math.floor(people.length / count));
  const chosen = people.filter((_, i) => i % step === 0).slice(0, count);
  if (chosen.length < count) throw new Error(`only ${chosen.length} employees with an assignment`);
  const insert = db.$client.prepare(`INSERT INTO accounts (person_id, email, password_hash, active, session_version) VALUES (?, ?, ?, 1, 1)`);
  db.$client.transaction(() => chosen.forEach((id) => insert.run(id, `bench-${id}@${domain}`, hash)))();
  return chosen.map((id) => `bench-${id}@${domain}`);
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

function percentile(times: number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/**
 * One GET on a kept-alive connection: its status, or 0 when it had no whole answer, because none
 * came within the timeout or the server closed the connection first (an overloaded server does).
 */
function get(url: URL, cookie: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers: { cookie } }, (res) => {
      res.on('error', () => resolve(0));
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.resume();
    });
    req.setTimeout(TIMEOUT_SECONDS * 1000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * The load itself: each connection asks for the page again as soon as it has its answer, each
 * time as the next of the signed-in people. Every request started within the time counts, also
 * when its answer comes after it: a load generator that drops the requests still open at the end
 * (as autocannon does) flatters exactly the page that stalls.
 */
async function drive(url: URL, cookies: string[], seconds: number) {
  const times: number[] = [];
  let next = 0;
  let answered = 0;
  let unanswered = 0;
  let wrong = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const status = await get(url, cookies[next++ % cookies.length]!);
        const done = performance.now();
        if (status === 0) unanswered++;
        else if (status !== 200) wrong++;
        times.push(done - started);
        if (done <= end) answered++;
      }
    }),
  );
  if (wrong > 0) throw new Error(`${url.pathname}: ${wrong} answers were not 200`);
  return { times, unanswered, reqPerSec: answered / seconds };
}

interface Window {
  from: number;
  to: number;
}

async function load(url: URL, cookies: string[], windows: Window[], round: number) {
  // The same load first, unmeasured, so every server process has loaded and optimised the page's
  // code: the figures are those of a server that has been running.
  if (round === 0) await drive(url, cookies, WARM_UP_SECONDS);
  const from = Date.now();
  const run = await drive(url, cookies, MEASURE_SECONDS);
  windows.push({ from, to: Date.now() });
  return run;
}

function summary(runs: Awaited<ReturnType<typeof drive>>[]) {
  const times = runs.flatMap((r) => r.times);
  const figures = { p95: percentile(times, 0.95), reqPerSec: runs.reduce((n, r) => n + r.reqPerSec, 0) / runs.length, unanswered: runs.reduce((n, r) => n + r.unanswered, 0) };
  log(`  p95 ${round(figures.p95)} ms, ${round(figures.reqPerSec)} requests/s, ${times.length} requests${figures.unanswered ? `, ${figures.unanswered} without an answer` : ''}`);
  return figures;
}

/** The APT writer as its own process, bundled once (see scripts/bench/apt-writer.ts). */
function startWriter(env: NodeJS.ProcessEnv) {
  const built = spawnSync('npx', ['esbuild', 'scripts/bench/apt-writer.ts', '--bundle', '--platform=node', '--format=cjs', '--packages=external', '--alias:server-only=./scripts/reliability/server-only-outside-next.ts', `--outfile=${WRITER}`, '--log-level=warning'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('the APT writer could not be built');
  const child = spawn(process.execPath, [WRITER, '--rate', String(WRITES_PER_SECOND)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const saved: number[] = [];
  let buffer = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) if (line.startsWith('saved ')) saved.push(Number(line.slice(6)));
  });
  let failed: string | null = null;
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') failed = `the APT writer stopped (${code ?? signal})`;
  });
  return {
    child,
    saved,
    check: () => {
      if (failed) throw new Error(failed);
    },
  };
}

function waitForFirst(saved: number[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => (saved.length > 0 ? resolve() : Date.now() - started > 60_000 ? reject(new Error('the APT writer saved nothing')) : setTimeout(tick, 100));
    tick();
  });
}

async function main() {
  const db = await ensureDatabase();
  log('measuring the roll-up …');
  const rollup = measureRollup(db);
  db.$client.close();
  log(JSON.stringify(rollup));

  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(RUN_DB + suffix, { force: true });
  fs.copyFileSync(DB, RUN_DB);
  const runDb = openDatabase(RUN_DB);
  const boardId = boardOf(runDb, BOARD_MEMBER);
  const emails = addBenchAccounts(runDb, PEOPLE);
  runDb.$client.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_PATH: RUN_DB, NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef0123456789', NEXTAUTH_URL: base, STYRKEDJAN_DEMO: '1', NEXT_TELEMETRY_DISABLED: '1' };
  log('building the app …');
  if (spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('build failed');
  // The production server as it is run: one process per core (server/serve.ts); BENCH_WORKERS=1 for one.
  const workers = process.env.BENCH_WORKERS ? ['--workers', process.env.BENCH_WORKERS] : [];
  const server: ChildProcess = spawn('npx', ['tsx', 'server/serve.ts', '--port', String(port), '--host', '127.0.0.1', ...workers], { env, stdio: 'ignore', detached: true });
  let writer: ReturnType<typeof startWriter> | null = null;
  try {
    // On a machine shared with other work, starting may take a minute.
    for (
      let i = 0;
      !(await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      if (i === 600) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
    log(`signing in ${emails.length} people …`);
    const cookies = await inBatches(emails, 4, (email) => signIn(base, email));
    const trivial = '/konto/losenord';
    await inBatches(cookies, 10, async (cookie) => {
      const res = await fetch(base + trivial, { headers: { cookie }, redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`a signed-in person got ${res.status} on ${trivial}`);
    });

    log(`starting the APT writer (${WRITES_PER_SECOND} meetings per second) …`);
    writer = startWriter({ ...env, NODE_ENV: 'production' });
    await waitForFirst(writer.saved);

    const windows: Window[] = [];
    const pages = [
      ['trivialPage', trivial],
      ['employeePage', '/min-styrkedja'],
      ['todoPage', '/att-gora'],
      ['goalChainPage', '/mal'],
      ['boardDashboard', `/resultat/namnd/${boardId}`],
      ['councilDashboard', '/resultat/kf'],
    ] as const;
    const runs = new Map<string, Awaited<ReturnType<typeof drive>>[]>(pages.map(([name]) => [name, []]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, pagePath] of pages) {
        log(`load, round ${r + 1}: ${name} (${pagePath}) …`);
        runs.get(name)!.push(await load(new URL(base + pagePath), cookies, windows, r));
        writer.check();
      }
    }
    const measured = {} as Record<(typeof pages)[number][0], ReturnType<typeof summary>>;
    for (const [name] of pages) {
      log(name);
      measured[name] = summary(runs.get(name)!);
    }
    const seconds = windows.reduce((s, w) => s + (w.to - w.from) / 1000, 0);
    const writes = writer.saved.filter((t) => windows.some((w) => t >= w.from && t <= w.to)).length;

    const yardstick = measured.trivialPage.p95;
    const page = (name: keyof typeof BUDGETS) => ({ [`${name}P95Ms`]: round(measured[name].p95), [`${name}Ratio`]: round2(measured[name].p95 / yardstick) });
    const budgetsMet = {
      ...Object.fromEntries((Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).map((name) => [name, measured[name].p95 <= BUDGETS[name] && measured[name].unanswered === 0])),
      rollupFull: rollup.rollupRatio <= 3 && rollup.rollupFullMs <= 500,
      incrementalUpdate: rollup.incrementalUpdateMs <= 10,
    };
    const figures = {
      ...rollup,
      distinctUsers: new Set(cookies).size,
      connections: CONNECTIONS,
      writesPerSecond: round2(writes / seconds),
      trivialPageP95Ms: round(yardstick),
      ...page('employeePage'),
      ...page('todoPage'),
      ...page('goalChainPage'),
      ...page('boardDashboard'),
      ...page('councilDashboard'),
      reqPerSec: round(measured.employeePage.reqPerSec),
      goalChainReqPerSec: round(measured.goalChainPage.reqPerSec),
      unanswered: Object.values(measured).reduce((n, m) => n + m.unanswered, 0),
      budgetsMet,
    };
    console.log(JSON.stringify(figures));
  } finally {
    writer?.child.kill('SIGTERM');
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
