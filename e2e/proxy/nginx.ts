import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A real nginx in front of a second app server, both on loopback, for e2e/reverse-proxy.spec.ts.
 * The site configuration is the one docs/nginx/styrkedjan.conf recommends, with only its ports,
 * host name and certificate paths replaced; every replacement must find its text, so the test
 * config cannot drift away from the documented one unnoticed.
 */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
// Playwright runs from the repository's root (scripts/e2e.sh).
export const RECOMMENDED_CONFIG = path.resolve('docs/nginx/styrkedjan.conf');

/** A self-signed certificate for 127.0.0.1, made for this run only. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { cert, key };
}

function replaceExactly(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`docs/nginx/styrkedjan.conf no longer contains "${from}": update e2e/proxy/nginx.ts with it`);
  return text.split(from).join(to);
}

export interface TestSite {
  dir: string;
  appPort: number;
  httpPort: number;
  httpsPort: number;
  cert: string;
  key: string;
}

/** The recommended site, on this run's ports and certificate, inside a main config whose files all live in `dir`. */
export function testNginxConfig(site: TestSite): string {
  let conf = fs.readFileSync(RECOMMENDED_CONFIG, 'utf8');
  const replacements: [string, string][] = [
    ['server 127.0.0.1:3000;', `server 127.0.0.1:${site.appPort};`],
    ['listen 80;', `listen 127.0.0.1:${site.httpPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${site.httpsPort} ssl http2;`],
    ['server_name styrkedjan.kommun.se;', 'server_name 127.0.0.1;'],
    ['/etc/ssl/styrkedjan/fullchain.pem', site.cert],
    ['/etc/ssl/styrkedjan/privkey.pem', site.key],
  ];
  for (const [from, to] of replacements) conf = replaceExactly(conf, from, to);
  const sitePath = path.join(site.dir, 'styrkedjan.conf');
  fs.writeFileSync(sitePath, conf);
  const inDir = (name: string) => path.join(site.dir, name);
  return [
    // As root (CI), nginx's workers would otherwise become "nobody", who cannot use the temp dir.
    process.getuid?.() === 0 ? 'user root root;' : '',
    'worker_processes 1;',
    `pid ${inDir('nginx.pid')};`,
    `error_log ${inDir('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  access_log ${inDir('access.log')};`,
    `  client_body_temp_path ${inDir('client_body')};`,
    `  proxy_temp_path ${inDir('proxy')};`,
    `  fastcgi_temp_path ${inDir('fastcgi')};`,
    `  uwsgi_temp_path ${inDir('uwsgi')};`,
    `  scgi_temp_path ${inDir('scgi')};`,
    `  include ${sitePath};`,
    '}',
    '',
  ].join('\n');
}

/** Starts nginx in the foreground (so stopping it is stopping this child) and waits until it answers. */
export async function startNginx(site: TestSite): Promise<ChildProcess> {
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} is missing: scripts/e2e.sh installs Debian's nginx`);
  const confPath = path.join(site.dir, 'nginx.conf');
  fs.writeFileSync(confPath, testNginxConfig(site));
  execFileSync(NGINX, ['-t', '-p', site.dir, '-e', path.join(site.dir, 'error.log'), '-c', confPath], { stdio: 'pipe' });
  const child = spawn(NGINX, ['-p', site.dir, '-e', path.join(site.dir, 'error.log'), '-c', confPath, '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitFor(() => canConnect(site.httpsPort), 20_000, 'nginx');
  return child;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function waitFor(ready: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

/** Ends a child (and, for a detached one, its whole process group) and waits until it has gone. */
export async function stop(child: ChildProcess | undefined, group = false): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(group ? -child.pid : child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(group ? -child.pid! : child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}
