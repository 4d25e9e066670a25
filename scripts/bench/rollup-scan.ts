import Database from 'better-sqlite3';
import { ACTIVITY_STATUSES } from '../../lib/domain/activity-statuses';

// npx tsx scripts/bench/rollup-scan.ts [bench-data/large.db]
// The roll-up rebuild's one big query (lib/rollup/store.ts), in the ways a status can cross from
// SQLite into JavaScript, measured side by side in one process on the database `npm run bench`
// builds. Prints one JSON line: the median milliseconds of each, and each as a ratio to the floor
// (a plain aggregate over the same rows, the bench's raw scan).
const file = process.argv[2] ?? 'bench-data/large.db';
const sqlite = new Database(file, { readonly: true, fileMustExist: true });
const year = sqlite.prepare(`SELECT year FROM plan_years WHERE status = 'open' ORDER BY year DESC`).pluck().get() as number;
const from = `${year}-01-01`;
const to = `${year}-12-31`;
const eventSpan = (sqlite.prepare(`SELECT max(id) FROM follow_up_events`).pluck().get() as number) + 1;
const S = ACTIVITY_STATUSES.length;
const CODE = new Map<string, number>(ACTIVITY_STATUSES.map((s, i) => [s, i]));
const ROWS = `FROM follow_up_entries fe JOIN follow_up_events ev ON ev.id = fe.event_id WHERE ev.kind = 'workplace_meeting' AND ev.held_on BETWEEN ? AND ?`;

// Each gives back the sum of the status codes, so every way does the same work on each row.
const ways: Record<string, () => number> = {
  floor: () => (sqlite.prepare(`SELECT fe.status, count(*) ${ROWS} GROUP BY fe.status`).raw().all(from, to) as [string, number][]).reduce((sum, [s, n]) => sum + CODE.get(s)! * n, 0),
  // As the rebuild reads it: one integer per row, the status as a code from a CASE.
  caseCode: () => {
    const sql = `CASE fe.status ${ACTIVITY_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
    let sum = 0;
    for (const packed of sqlite.prepare(`SELECT (fe.activity_id * ? + fe.event_id) * ${S} + ${sql} ${ROWS}`).pluck().all(eventSpan, from, to) as (number | null)[]) if (packed !== null) sum += packed % S;
    return sum;
  },
  // The status told by its length (each status's differs), one integer per row.
  byLength: () => {
    const byLength = new Int8Array(16).fill(-1);
    for (const [s, i] of CODE) byLength[s.length] = i;
    let sum = 0;
    for (const packed of sqlite.prepare(`SELECT (fe.activity_id * ? + fe.event_id) * 16 + length(fe.status) ${ROWS}`).pluck().all(eventSpan, from, to) as number[]) sum += byLength[packed % 16]!;
    return sum;
  },
  // The status as text beside the packed ids, looked up in a Map: an array and a string per row.
  textAndMap: () => {
    let sum = 0;
    for (const [, status] of sqlite.prepare(`SELECT fe.activity_id * ? + fe.event_id, fe.status ${ROWS}`).raw().all(eventSpan, from, to) as [number, string][]) sum += CODE.get(status)!;
    return sum;
  },
};

const times: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
const sums = new Set<number>();
for (let round = 0; round < 9; round++) {
  for (const [name, run] of Object.entries(ways)) {
    const t = performance.now();
    sums.add(run());
    if (round > 0) times[name]!.push(performance.now() - t);
  }
}
if (sums.size !== 1) throw new Error(`the ways disagree: ${[...sums].join(', ')}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const floor = median(times.floor!);
const figures: Record<string, number> = {};
for (const [name, xs] of Object.entries(times)) {
  figures[`${name}Ms`] = Math.round(median(xs) * 10) / 10;
  if (name !== 'floor') figures[`${name}Ratio`] = Math.round((median(xs) / floor) * 100) / 100;
}
console.log(JSON.stringify(figures));
