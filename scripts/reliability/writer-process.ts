import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, '.reliability/follow-up-writer.cjs');

/**
 * The writer runs as its own Node process, started many times: bundled once so each start costs a
 * fraction of a second rather than a TypeScript compile. `server-only` is replaced by an empty
 * module: the guard keeps the data layer out of browser bundles, which this process is not.
 */
export function buildWriter(): string {
  const result = spawnSync('npx', ['esbuild', 'scripts/reliability/follow-up-writer.ts', '--bundle', '--platform=node', '--format=cjs', '--packages=external', '--alias:server-only=./scripts/reliability/server-only-outside-next.ts', `--outfile=${BUNDLE}`, '--log-level=warning'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the writer could not be built: ${result.stderr}`);
  return BUNDLE;
}

export interface Writer {
  child: ChildProcess;
  /** Ids whose commit had returned when the writer printed them. */
  acked: number[];
  /** Resolves when the writer has exited (killed or done). */
  exited: Promise<void>;
  firstAck: Promise<void>;
}

export function startWriter(dbPath: string, email = 'enhetschef@sjovik.se', limit?: number): Writer {
  const child = spawn(process.execPath, [BUNDLE, email, ...(limit ? [String(limit)] : [])], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbPath, NODE_ENV: 'production', NEXTAUTH_SECRET: 'reliability-writer-secret-0123456789abcdef', NEXTAUTH_URL: 'http://127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: number[] = [];
  let stderr = '';
  let markFirst: () => void = () => {};
  const firstAck = new Promise<void>((resolve) => (markFirst = resolve));
  let buffer = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const m = /^acked (\d+)$/.exec(line);
      if (m) {
        acked.push(Number(m[1]));
        markFirst();
      }
    }
  });
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      markFirst();
      if (code !== 0 && signal !== 'SIGKILL' && signal !== 'SIGTERM') reject(new Error(`the writer failed (${code ?? signal}): ${stderr}`));
      else resolve();
    }),
  );
  return { child, acked, exited, firstAck };
}
