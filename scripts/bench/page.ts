import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, signIn } from '../demo-http';

// npm run bench:page -- --path /resultat/kf [--as namndledamot@sjovik.se] [--seconds 8] [--connections 20]
// One page under load on ONE server process (after `next build`, on bench-data/large.db made by
// `npm run bench`): requests per second, latencies, and the server's CPU time per request. The CPU
// time is the figure to compare changes by on a shared machine, where latencies move with the
// neighbours' load. Prints one JSON line.
const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/min-styrkedja' },
    as: { type: 'string', default: 'medarbetare@sjovik.se' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '20' },
    db: { type: 'string', default: process.env.BENCH_DB ?? 'bench-data/large.db' },
  },
});

/** CPU time (ms) of every process in a process group, from /proc (Linux). */
function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_PATH: values.db, NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef0123456789', NEXTAUTH_URL: base, STYRKEDJAN_DEMO: '1', NEXT_TELEMETRY_DISABLED: '1' };
  // The same V8 setting as server/serve.ts gives its processes.
  const server = spawn(process.execPath, ['--max-semi-space-size=64', 'node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env: { ...env, NODE_ENV: 'production' }, stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const cookie = await signIn(base, values.as);
    const url = base + values.path;
    const headers = { cookie };
    const first = await fetch(url, { headers });
    const bytes = (await first.text()).length;
    if (!first.ok) throw new Error(`${values.path}: ${first.status}`);
    await autocannon({ url, connections: Number(values.connections), duration: 3, headers });
    const cpuBefore = groupCpuMs(server.pid!);
    const r = await autocannon({ url, connections: Number(values.connections), duration: Number(values.seconds), headers });
    const cpuMs = groupCpuMs(server.pid!) - cpuBefore;
    const round = (n: number) => Math.round(n * 100) / 100;
    console.log(JSON.stringify({ path: values.path, bytes, serverCpuPerRequestMs: round(cpuMs / r.requests.total), reqPerSec: r.requests.average, p50Ms: r.latency.p50, p97_5Ms: r.latency.p97_5, non2xx: r.non2xx }));
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
