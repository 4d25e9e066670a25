/** What admission needs of a response: to hear when it ends. */
interface Ending {
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/**
 * At most `limit` requests are worked on at once in a process; the rest wait their turn in order.
 * Every request in progress adds its share of work to each turn of the event loop, so with twenty
 * at once a turn took 20–60 ms and everything else in the process (a timer, a health check, the
 * next request's first byte) waited that long; a few at a time keep each turn short, and the
 * waiting is done in a queue instead, which costs nothing while it waits.
 */
export function admission(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const done = () => {
    active--;
    const next = waiting.shift();
    if (next) next();
  };
  return (res: Ending, work: () => void) => {
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
