import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { freePort } from '../../scripts/demo-http';

/*
 * A stand-in for Kolada on a loopback port, serving the recorded answers in ./fixtures. The
 * application's own client talks HTTP to it exactly as to Kolada. The addresses inside the
 * answers (next_url) are rewritten to this server so paging stays here.
 */

const FIXTURES = path.join(__dirname, 'fixtures');
const KOLADA_ORIGIN = 'https://api.kolada.se/v3/';

/** How the server answers for one KPI: recorded pages (by file prefix, optionally failing from a page on), an HTTP error, or never. */
export type FixtureAnswer = { pages: string; failFromPage?: number } | { status: number } | { hang: true };

export interface KoladaFixtureServer {
  /** The base address to give the client, ending in /v3/. */
  baseUrl: string;
  /** Every path asked for, in order. */
  requests: string[];
  answer(kpiId: string, answer: FixtureAnswer): void;
  reset(): void;
  close(): Promise<void>;
}

function pageFile(prefix: string, page: number): string | null {
  const file = path.join(FIXTURES, `${prefix}.page${page}.json`);
  return fs.existsSync(file) ? file : null;
}

export async function startKoladaFixtureServer(options: { port?: number; host?: string } = {}): Promise<KoladaFixtureServer> {
  const answers = new Map<string, FixtureAnswer>();
  const requests: string[] = [];
  let baseUrl = '';

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push(url.pathname + url.search);
    // The end-to-end run steers the stand-in from the test: PUT an answer for a KPI, DELETE to reset.
    const control = /^\/__fixture\/answers(?:\/([A-Z]\d{5}))?$/.exec(url.pathname);
    if (control) {
      if (req.method === 'DELETE') {
        answers.clear();
        res.writeHead(204).end();
        return;
      }
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        if (req.method !== 'PUT' || !control[1]) {
          res.writeHead(405).end();
          return;
        }
        answers.set(control[1], JSON.parse(body) as FixtureAnswer);
        res.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === '/v3/' || url.pathname === '/v3') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const match = /^\/v3\/data\/kpi\/([A-Z]\d{5})\/municipality\/([\d,]+)$/.exec(url.pathname);
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const kpi = match[1]!;
    const answer = answers.get(kpi) ?? { pages: kpi };
    if ('hang' in answer) return; // never answers: the client's timeout must end it
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end('{"error":"internal server error"}');
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    if (answer.failFromPage !== undefined && page >= answer.failFromPage) {
      res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"bad gateway"}');
      return;
    }
    const file = pageFile(answer.pages, page);
    if (!file) {
      // Kolada answers a KPI without data with an empty list.
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 0, next_url: null, previous_url: null, values: [] }));
      return;
    }
    const body = fs.readFileSync(file, 'utf8').split(KOLADA_ORIGIN).join(baseUrl);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${address.port}/v3/`;

  return {
    baseUrl,
    requests,
    answer: (kpiId, answer) => answers.set(kpiId, answer),
    reset: () => {
      answers.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on: the address of a Kolada that is down. */
export const closedPort = freePort;
