/**
 * What the production server (server/serve.ts) allows a client; docs/operations.md explains each.
 * A slow client must not hold the server: the request must be complete within these times, and a
 * body is received before its request takes one of the process's turns.
 */
export const SERVER_LIMITS = {
  /** The headers of a request, from its first byte; browsers send them in one packet. */
  headersTimeoutMs: 10_000,
  /**
   * The whole request, body included. 25 MB of HR files in 30 s needs about 7 Mbit/s; behind
   * nginx, which receives the body first, the server gets it at the speed of the local network.
   */
  requestTimeoutMs: 30_000,
  /** An idle kept-alive connection between requests (Node's own default). */
  keepAliveTimeoutMs: 5_000,
  /**
   * A connection on which nothing moves either way; above the longest answer that is worked on in
   * silence (the real run of a 50,000-employee import took 16 s through the page).
   */
  idleTimeoutMs: 120_000,
  /** How often the two request timeouts are checked (Node checks every 30 s by default). */
  checkIntervalMs: 1_000,
  /**
   * The largest body of any request but the HR import; the same as the server actions' limit in
   * next.config.js. The largest form (a follow-up's notes, 8,000 characters) is far below it.
   */
  bodyBytes: 1024 * 1024,
} as const;
