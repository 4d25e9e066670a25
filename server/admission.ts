import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

/** What admission needs of a response: to hear when it ends. */
interface Ending {
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/** Starts `work` when there is room for it. */
export type Admit = (res: Ending, work: () => void) => void;

/**
 * At most `limit` requests are worked on at once in a process; the rest wait their turn in order.
 * Every request in progress adds its share of work to each turn of the event loop, so with twenty
 * at once a turn took 20–60 ms and everything else in the process (a timer, a health check, the
 * next request's first byte) waited that long; a few at a time keep each turn short, and the
 * waiting is done in a queue instead, which costs nothing while it waits.
 */
export function admission(limit: number): Admit {
  let active = 0;
  const waiting: (() => void)[] = [];
  const done = () => {
    active--;
    const next = waiting.shift();
    if (next) next();
  };
  return (res, work) => {
    let started = false;
    let ended = false;
    const start = () => {
      started = true;
      active++;
      work();
    };
    // The turn ends when the whole answer has been handed to the system ('finish': a slow reader
    // of a large download does not hold a turn) or when the client has gone ('close', which also
    // comes after 'finish'). A client that goes while its request still waits leaves the queue.
    const end = () => {
      if (ended) return;
      ended = true;
      if (started) return done();
      const at = waiting.indexOf(start);
      if (at >= 0) waiting.splice(at, 1);
    };
    res.once('finish', end);
    res.once('close', end);
    if (active < limit) start();
    else waiting.push(start);
  };
}

/** What the headers say of a request's body. */
export type DeclaredBody = { kind: 'none' } | { kind: 'length'; bytes: number } | { kind: 'chunked' };

export function declaredBody(headers: IncomingHttpHeaders): DeclaredBody {
  // Node's parser has already refused a request with both, or with a malformed length.
  if (headers['transfer-encoding'] !== undefined) return { kind: 'chunked' };
  const bytes = Number(headers['content-length'] ?? 0);
  return bytes > 0 ? { kind: 'length', bytes } : { kind: 'none' };
}

/**
 * Where a request goes. `receiveFirst`: its body is received in full before it is admitted, so a
 * client that sends its body slowly waits outside the turns instead of holding one. Without it the
 * handler is admitted as soon as the headers are in and reads the body itself: that is for the
 * one handler that must check who is asking before it reads a byte (the HR import), and it has a
 * lane of its own so that a slow upload holds no turn of the pages.
 */
export interface Lane {
  admit: Admit;
  maxBodyBytes: number;
  receiveFirst: boolean;
  /** Close the connection after the answer, so that the rest of a body refused unread is not read. */
  closeAfterAnswer?: boolean;
}

/**
 * The server's `highWaterMark` for lanes that receive first: a body is waited for in the request's
 * own buffer, which Node fills only up to this mark before it stops reading the connection, so the
 * largest body must fit below it.
 */
export const highWaterMarkFor = (maxBodyBytes: number) => maxBodyBytes + 64 * 1024;

/** What the gate needs of a request: its headers, whether all of it is in, its body as a stream. */
export type GateRequest = Readable & { headers: IncomingHttpHeaders; complete: boolean };

/** What the gate needs of a response: to end it with a refusal, and to hear when it ends. */
export interface GateResponse extends Ending {
  headersSent: boolean;
  setHeader(name: string, value: string): unknown;
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body: string): unknown;
}

function refuse(res: GateResponse) {
  if (res.headersSent) return;
  // The connection is closed after the answer: the rest of a refused body is not read.
  res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  res.end('Förfrågan är för stor.');
}

/**
 * Waits until the whole body is in the request's buffer, without reading any of it: Node says
 * 'readable' as each part arrives and once more at the end, and `complete` tells the end. Nothing
 * is taken out, so whoever reads the request next (Next) finds it untouched and whole. A body
 * that grows past `maxBytes` (one of unknown length, or longer than it said) is refused; a client
 * that goes before its body is complete is forgotten: nothing was admitted.
 */
function receive(req: GateRequest, maxBytes: number, arrived: () => void, tooLarge: () => void) {
  const onReadable = () => {
    if (req.readableLength > maxBytes) {
      stop();
      return tooLarge();
    }
    if (!req.complete) return;
    stop();
    arrived();
  };
  const stop = () => {
    req.removeListener('readable', onReadable);
    req.removeListener('close', stop);
  };
  req.on('readable', onReadable);
  req.once('close', stop);
}

/**
 * The door of the server: a body declared larger than its lane allows is refused with 413 at once,
 * before a byte of it is read; the rest is admitted in its lane, after its body has arrived where
 * the lane says so.
 */
export function gate<R extends GateRequest>(laneFor: (req: R) => Lane) {
  return (req: R, res: GateResponse, work: () => void) => {
    const lane = laneFor(req);
    const body = declaredBody(req.headers);
    if (body.kind === 'length' && body.bytes > lane.maxBodyBytes) return refuse(res);
    const admit = () => lane.admit(res, work);
    if (lane.closeAfterAnswer) res.setHeader('connection', 'close');
    if (body.kind !== 'none' && lane.receiveFirst) receive(req, lane.maxBodyBytes, admit, () => refuse(res));
    else admit();
  };
}
