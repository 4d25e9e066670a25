/**
 * Runs once when a server process starts. Only when asked (`npm run verify:reliability` sets
 * STYRKEDJAN_EVENT_LOOP_REPORT) it measures how long the event loop is held up, since
 * better-sqlite3 is synchronous and a slow query would stall every other request in the process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  if (!env.eventLoopReportFile) return;
  const { startEventLoopReport } = await import('@/lib/monitoring/event-loop');
  startEventLoopReport(env.eventLoopReportFile);
}
