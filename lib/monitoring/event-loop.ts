import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Writes this process's event-loop delay (ms) to `<file>.<pid>.json` once a second. A measurer
 * that wants only its load window touches `<file>.reset`: each process starts its histogram
 * afresh when it sees the marker's time change.
 */
export function startEventLoopReport(file: string) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const out = `${file}.${process.pid}.json`;
  const marker = `${file}.reset`;
  let resetAt = 0;
  const timer = setInterval(() => {
    const stat = fs.statSync(marker, { throwIfNoEntry: false });
    if (stat && stat.mtimeMs > resetAt) {
      histogram.reset();
      resetAt = stat.mtimeMs;
    }
    const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
    fs.writeFileSync(out, JSON.stringify({ pid: process.pid, samples: histogram.count, p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), at: new Date().toISOString() }));
  }, 1000);
  timer.unref();
}
