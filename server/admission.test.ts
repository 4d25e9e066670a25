import { EventEmitter } from 'node:events';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { admission, gate, highWaterMarkFor, type Lane } from './admission';

/** A response as far as admission sees it: it ends with 'finish' and then 'close', or only 'close'. */
const response = () => new EventEmitter();

describe('admission', () => {
  it('works on at most the limit at once and starts the waiting ones in order as answers finish', () => {
    const admit = admission(2);
    const started: number[] = [];
    const responses = [0, 1, 2, 3].map((i) => {
      const res = response();
      admit(res, () => started.push(i));
      return res;
    });
    expect(started).toEqual([0, 1]);
    responses[1]!.emit('finish');
    responses[1]!.emit('close');
    expect(started).toEqual([0, 1, 2]);
    responses[0]!.emit('close'); // the client went away before the answer was sent
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('drops a request whose client leaves while it waits, without losing a turn', () => {
    const admit = admission(1);
    const started: string[] = [];
    const first = response();
    const gone = response();
    const last = response();
    admit(first, () => started.push('first'));
    admit(gone, () => started.push('gone'));
    admit(last, () => started.push('last'));
    gone.emit('close');
    first.emit('finish');
    first.emit('close');
    expect(started).toEqual(['first', 'last']);
    // The freed turn is there for the next request at once.
    last.emit('finish');
    const next = response();
    admit(next, () => started.push('next'));
    expect(started).toEqual(['first', 'last', 'next']);
  });
});

/** A real server on a loopback port with the gate in front of `handler`. */
async function gatedServer(lanes: { pages: Lane; uploads: Lane }, handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const door = gate((req: IncomingMessage) => (req.url?.startsWith('/upload') ? lanes.uploads : lanes.pages));
  const server = createServer({ highWaterMark: highWaterMarkFor(lanes.pages.maxBodyBytes) }, (req, res) => door(req, res, () => handler(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A raw connection: what the server answers, and whether it has closed the connection. */
function connect(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  let answer = '';
  let closed = false;
  socket.setEncoding('utf8');
  socket.on('data', (text: string) => (answer += text));
  socket.on('error', () => {});
  const ended = new Promise<void>((resolve) => socket.on('close', () => ((closed = true), resolve())));
  return { socket, answer: () => answer, closed: () => closed, ended };
}

const get = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => (body += text));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

/** The body of a request, read the way Next reads it: as a stream after the gate let it through. */
const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
  });

describe('gate', () => {
  const lanes = () => ({ pages: { admit: admission(1), maxBodyBytes: 100, receiveFirst: true }, uploads: { admit: admission(1), maxBodyBytes: 1000, receiveFirst: false, closeAfterAnswer: true } });

  it('admits a request only once its body has arrived, so a slow sender holds no turn, and hands the body on whole', async () => {
    const bodies: string[] = [];
    const untouched: boolean[] = [];
    const server = await gatedServer(lanes(), (req, res) => {
      // Nothing of the body was taken out before the handler got the request.
      untouched.push(!req.readableDidRead);
      void bodyOf(req).then((body) => {
        if (body) bodies.push(body);
        res.end(`svar ${req.method} ${body}`);
      });
    });
    try {
      const slow = connect(server.port);
      slow.socket.write('POST /sida HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nabc');
      await new Promise((r) => setTimeout(r, 50));
      // One turn in all, and the slow sender does not have it: others are answered meanwhile.
      for (let i = 0; i < 3; i++) expect(await get(server.port, '/sida')).toEqual({ status: 200, body: 'svar GET ' });
      expect(bodies).toEqual([]);
      slow.socket.write('defg');
      await new Promise((r) => setTimeout(r, 20));
      slow.socket.write('hij');
      await until(() => slow.answer().includes('svar POST abcdefghij'));
      expect(bodies).toEqual(['abcdefghij']);
      expect(untouched).toEqual([true, true, true, true]);
      // A body of unknown length is waited for just the same.
      const chunked = connect(server.port);
      chunked.socket.write('POST /sida HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n');
      await new Promise((r) => setTimeout(r, 30));
      expect(await get(server.port, '/sida')).toEqual({ status: 200, body: 'svar GET ' });
      chunked.socket.write('2\r\nde\r\n0\r\n\r\n');
      await until(() => chunked.answer().includes('svar POST abcde'));
      slow.socket.destroy();
      chunked.socket.destroy();
    } finally {
      await server.close();
    }
  });

  it('forgets a sender that leaves before its body is complete, without losing the turn', async () => {
    let worked = 0;
    const server = await gatedServer(lanes(), (req, res) => {
      worked++;
      void bodyOf(req).then(() => res.end('ok'));
    });
    try {
      const gone = connect(server.port);
      gone.socket.write('POST /sida HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\nhalf');
      await new Promise((r) => setTimeout(r, 30));
      gone.socket.destroy();
      await gone.ended;
      expect(await get(server.port, '/sida')).toEqual({ status: 200, body: 'ok' });
      expect(worked).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('refuses a declared body above the lane limit with 413 before reading any of it, and one of unknown length once it passes the limit', async () => {
    let worked = 0;
    const server = await gatedServer(lanes(), (_req, res) => {
      worked++;
      res.end('ok');
    });
    try {
      const big = connect(server.port);
      // The headers alone: the answer comes without a byte of the body being sent.
      big.socket.write('POST /sida HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n');
      await until(() => big.answer().startsWith('HTTP/1.1 413'));
      await big.ended;
      const chunked = connect(server.port);
      chunked.socket.write('POST /sida HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n');
      await new Promise((r) => setTimeout(r, 30));
      expect(chunked.answer()).toBe('');
      chunked.socket.write(`62\r\n${'x'.repeat(98)}\r\n`);
      await until(() => chunked.answer().startsWith('HTTP/1.1 413'));
      await chunked.ended;
      const upload = connect(server.port);
      upload.socket.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n');
      await until(() => upload.answer().startsWith('HTTP/1.1 413'));
      expect(worked).toBe(0);
      // Exactly the limit is let through.
      const fits = connect(server.port);
      fits.socket.write(`POST /sida HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nConnection: close\r\n\r\n${'x'.repeat(100)}`);
      await until(() => fits.answer().startsWith('HTTP/1.1 200'));
      expect(worked).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('hands an upload to its handler as soon as the headers are in, in a lane of its own that holds no turn of the pages', async () => {
    const seen: string[] = [];
    const server = await gatedServer(lanes(), (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      // The upload handler answers before reading the body, as a refused import does.
      if (req.url === '/upload') return res.writeHead(404).end('finns inte');
      res.end('sida');
    });
    try {
      const upload = connect(server.port);
      upload.socket.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\n');
      await until(() => upload.answer().startsWith('HTTP/1.1 404'));
      expect(seen).toEqual(['POST /upload']);
      expect(await get(server.port, '/sida')).toEqual({ status: 200, body: 'sida' });
      // The refused body is not read on: the connection is closed after the answer.
      await upload.ended;
      expect(upload.answer()).toMatch(/connection: close/i);
    } finally {
      await server.close();
    }
  });
});
