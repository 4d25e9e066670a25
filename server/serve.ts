import cluster from 'node:cluster';
import { createServer, type IncomingMessage } from 'node:http';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { SERVER_SETS_CLIENT_ADDRESS } from '../lib/security/client-address';
import { HR_IMPORT_UPLOAD_PATH, MAX_IMPORT_BODY_BYTES } from '../features/import/validation';
import { admission, gate, highWaterMarkFor, type Lane } from './admission';
import { trustRequest } from './request-trust';
import { SERVER_LIMITS } from './server-limits';

// npx tsx server/serve.ts [--port 3000] [--host 0.0.0.0] [--workers N] [--concurrency 3]
// The production server after `next build`: one Node process per core, sharing one port.
// A page is rendered on one thread, so a single process uses one core however many the machine
// has; the processes share nothing but the SQLite file (WAL lets them read side by side, and
// writes wait for each other through the busy timeout). Every per-process cache in the app is
// keyed on SQLite's data_version, so a write in one process is seen by the others at once.
// Every request first has its client address worked out from the socket (and the proxies that
// STYRKEDJAN_TRUSTED_PROXY_HOPS trusts): see server/request-trust.ts and docs/security.md.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: '0.0.0.0' },
    workers: { type: 'string', default: String(os.availableParallelism()) },
    concurrency: { type: 'string', default: '3' },
  },
});
const port = Number(values.port);
Object.assign(process.env, { NODE_ENV: 'production' });
const workers = Math.max(1, Number(values.workers));

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0];

async function worker() {
  // Loaded once NODE_ENV is set, so a bad setting stops the server before it listens.
  const { env } = await import('../lib/env');
  const trust = { trustedProxyHops: env.trustedProxyHops, publicUrl: env.authUrl };
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS] = true;
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname: values.host, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const pages: Lane = { admit: admission(Math.max(1, Number(values.concurrency))), maxBodyBytes: SERVER_LIMITS.bodyBytes, receiveFirst: true };
  // The HR import checks the administrator before it reads its files, so it gets the body as it
  // arrives; one upload at a time per process, beside the pages' turns.
  const uploads: Lane = { admit: admission(1), maxBodyBytes: MAX_IMPORT_BODY_BYTES, receiveFirst: false, closeAfterAnswer: true };
  const door = gate((req: IncomingMessage) => (pathOf(req.url) === HR_IMPORT_UPLOAD_PATH ? uploads : pages));
  const server = createServer(
    {
      headersTimeout: SERVER_LIMITS.headersTimeoutMs,
      requestTimeout: SERVER_LIMITS.requestTimeoutMs,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
      connectionsCheckingInterval: SERVER_LIMITS.checkIntervalMs,
      // A page's body waits in its request's buffer until all of it is in (server/admission.ts).
      highWaterMark: highWaterMarkFor(pages.maxBodyBytes),
    },
    (req, res) => {
      // The client's address from the socket (and the trusted hops) before anything reads the request.
      trustRequest(req, res, trust);
      door(req, res, () => void handle(req, res));
    },
  );
  server.timeout = SERVER_LIMITS.idleTimeoutMs;
  server.listen(port, values.host);
}

function primary() {
  let stopping = false;
  let ready = 0;
  const stop = (signal: NodeJS.Signals, code: number) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill(signal);
    process.exit(code);
  };
  // A page render allocates a few megabytes that die young; with V8's default 16 MB young
  // generation that meant a scavenge every few requests and much of it promoted to the old
  // generation. 64 MB cut the server's time per request by 15–35 % (employee page, council
  // dashboard) for at most ~200 MB more memory per process.
  cluster.setupPrimary({ execArgv: [...process.execArgv, '--max-semi-space-size=64'] });
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', () => {
    if (++ready === workers) console.log(`Styrkedjan lyssnar på http://${values.host}:${port} (${workers} processer)`);
  });
  // A worker that dies while serving is replaced; one that fails to start stops the server (a
  // missing build, a bad setting), and one that exits because we stop is left alone.
  cluster.on('exit', (w, code) => {
    if (stopping) return;
    if (ready < workers) return stop('SIGTERM', 1);
    console.error(`Styrkedjan: process ${w.process.pid} avslutades (${code}); startar en ny.`);
    cluster.fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal, 0));
}

if (cluster.isPrimary) primary();
else
  worker().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
