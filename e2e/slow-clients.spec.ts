import Database from 'better-sqlite3';
import net from 'node:net';
import os from 'node:os';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { SERVER_LIMITS } from '../server/server-limits';
import { HR_IMPORT_UPLOAD_PATH, MAX_IMPORT_BODY_BYTES } from '../features/import/validation';
import { signIn } from './fixtures';
import { databasePath } from './http/facts';

// A slow client must not hold the server (server/serve.ts, server/admission.ts): clients that
// send their headers or their body a byte a second hold none of the processes' turns, and are cut
// off by the request timeouts in the end. Large bodies are refused before they are read, and the
// HR upload refuses a non-administrator on the headers alone.
test.describe.configure({ mode: 'serial' });

const DB_PATH = databasePath();

/** A raw connection that the test writes by hand: what the server answered, and when it closed. */
function open(baseURL: string) {
  const { hostname, port } = new URL(baseURL);
  const socket = net.connect(Number(port), hostname);
  const state = { answer: '', closedAt: 0 };
  socket.setEncoding('utf8');
  socket.on('data', (text: string) => (state.answer += text));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) =>
    socket.on('close', () => {
      state.closedAt = Date.now();
      resolve();
    }),
  );
  return { socket, state, closed, host: `${hostname}:${port}`, origin: new URL(baseURL).origin };
}

type Connection = ReturnType<typeof open>;

/** Writes one byte of `text` a second until it is all sent or the server closes the connection. */
function drip(connection: Connection, text: string) {
  let at = 0;
  const timer = setInterval(() => {
    if (connection.state.closedAt || at >= text.length) return clearInterval(timer);
    connection.socket.write(text[at++]!);
  }, 1000);
  void connection.closed.then(() => clearInterval(timer));
}

async function timedGet(request: APIRequestContext, path: string) {
  const started = Date.now();
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), ms: Date.now() - started };
}

test('pages are answered at once while 3 × cores + 2 clients drip their bodies and others their headers, and all of them are cut off in the end', async ({ request, baseURL }) => {
  test.setTimeout(SERVER_LIMITS.requestTimeoutMs + 60_000);
  const cores = os.availableParallelism();
  // Enough slow bodies to fill every turn of every process (3 each) and more, with the connections
  // spread over the processes in turn; beside them clients that never finish their headers.
  const bodies = Array.from({ length: 3 * cores + 2 }, () => open(baseURL!));
  const headers = Array.from({ length: 2 }, () => open(baseURL!));
  await timedGet(request, '/logga-in'); // the first render of the page is not what is measured
  const started = Date.now();
  for (const c of bodies) {
    // A form post to a page, as a server action is, whose body never arrives in time.
    c.socket.write(`POST /logga-in HTTP/1.1\r\nHost: ${c.host}\r\nOrigin: ${c.origin}\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nx`);
    drip(c, 'y'.repeat(999));
  }
  for (const c of headers) {
    c.socket.write(`GET /logga-in HTTP/1.1\r\nHost: ${c.host}\r\n`);
    drip(c, `X-Langsam: ${'z'.repeat(200)}\r\n\r\n`);
  }
  await new Promise((r) => setTimeout(r, 2000));

  for (let i = 0; i < 5; i++) {
    const { status, ms } = await timedGet(request, '/logga-in');
    expect(status).toBe(200);
    expect(ms, `svarstid ${i + 1}`).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 300));
  }
  // The slow clients were all still there while the page was answered.
  expect([...bodies, ...headers].filter((c) => c.state.closedAt)).toEqual([]);

  await Promise.all([...bodies, ...headers].map((c) => c.closed));
  const check = SERVER_LIMITS.checkIntervalMs + 5_000;
  // Each is told 408 and cut off: the headers by their timeout, the bodies by the request's; none
  // of the bodies was ever answered otherwise (none was worked on).
  for (const c of headers) {
    expect(c.state.closedAt - started).toBeLessThan(SERVER_LIMITS.headersTimeoutMs + check);
    expect(c.state.answer).toMatch(/^HTTP\/1\.1 408 /);
  }
  for (const c of bodies) {
    expect(c.state.closedAt - started).toBeGreaterThan(SERVER_LIMITS.headersTimeoutMs + check);
    expect(c.state.closedAt - started).toBeLessThan(SERVER_LIMITS.requestTimeoutMs + check);
    expect(c.state.answer).toMatch(/^HTTP\/1\.1 408 [^]*$/);
    expect(c.state.answer).not.toMatch(/HTTP\/1\.1 (200|303|403)/);
  }
});

test('a body above 1 MB is refused with 413 before it is sent, wherever it goes but the HR upload', async ({ baseURL }) => {
  for (const path of ['/logga-in', '/mal', '/api/auth/callback/credentials']) {
    const c = open(baseURL!);
    c.socket.write(`POST ${path} HTTP/1.1\r\nHost: ${c.host}\r\nOrigin: ${c.origin}\r\nNext-Action: 0\r\nContent-Type: text/plain\r\nContent-Length: ${SERVER_LIMITS.bodyBytes + 1}\r\n\r\n`);
    await c.closed;
    expect(c.state.answer, path).toMatch(/^HTTP\/1\.1 413/);
  }
  const upload = open(baseURL!);
  upload.socket.write(`POST ${HR_IMPORT_UPLOAD_PATH} HTTP/1.1\r\nHost: ${upload.host}\r\nOrigin: ${upload.origin}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${MAX_IMPORT_BODY_BYTES + 1}\r\n\r\n`);
  await upload.closed;
  expect(upload.state.answer).toMatch(/^HTTP\/1\.1 413/);
});

test('the HR upload refuses a non-administrator, and anyone signed out, on the headers alone: nothing of the body is read and nothing changes', async ({ page, baseURL }) => {
  const db = new Database(DB_PATH, { fileMustExist: true, readonly: true });
  const counts = () => db.prepare(`SELECT (SELECT count(*) FROM audit_log WHERE action LIKE 'hr_import%') AS imports, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM org_units) AS units, (SELECT count(*) FROM employments) AS employments`).get();
  const before = counts();
  await signIn(page, 'hr');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

  // 40 MB announced, within the upload's limit, and only the first bytes of it ever sent: the
  // answer can only come before the body if the role is checked before the body is read.
  const post = (withCookie: boolean) => {
    const c = open(baseURL!);
    const started = Date.now();
    c.socket.write(
      `POST ${HR_IMPORT_UPLOAD_PATH} HTTP/1.1\r\nHost: ${c.host}\r\nOrigin: ${c.origin}\r\n${withCookie ? `Cookie: ${cookie}\r\n` : ''}` +
        `Content-Type: multipart/form-data; boundary=grans\r\nContent-Length: ${40 * 1024 * 1024}\r\n\r\n--grans\r\nContent-Disposition: form-data; name="mode"\r\n\r\npreview\r\n`,
    );
    return { c, started };
  };
  const hr = post(true);
  await expect.poll(() => hr.c.state.answer, { timeout: 5000 }).toMatch(/^HTTP\/1\.1 404/);
  expect(Date.now() - hr.started).toBeLessThan(5000);
  const anonymous = post(false);
  await expect.poll(() => anonymous.c.state.answer, { timeout: 5000 }).toMatch(/^HTTP\/1\.1 30[37][\s\S]*location: \/logga-in/i);
  // Both connections are closed after the answer: the rest of the 40 MB is never read.
  await Promise.all([hr.c.closed, anonymous.c.closed]);
  expect(hr.c.state.answer).toMatch(/connection: close/i);

  // The same request with the whole body: still refused, and the register is as it was.
  const response = await page.request.post(HR_IMPORT_UPLOAD_PATH, {
    headers: { origin: new URL(baseURL!).origin },
    multipart: { mode: 'preview', people: { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.alloc(2 * 1024 * 1024, 'a') } },
  });
  expect(response.status()).toBe(404);
  expect(counts()).toEqual(before);
  db.close();
});
