import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildWriter, startWriter } from './writer-process';

/**
 * Kills a writer with SIGKILL at random moments and checks, after each kill, that every write it
 * acknowledged is there in full and that the file is sound. A small seeded PRNG picks the
 * moments, so a failing run can be repeated with its seed.
 */
export interface CrashResult {
  crashRuns: number;
  ackedWrites: number;
  lostWrites: number;
  integrityOk: boolean;
  /** The maintained roll-up still equals a full rebuild: no meeting was half applied. */
  rollupConsistent: boolean;
  seed: number;
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runCrashTest(options: { sourceDb: string; runs: number; seed?: number; log?: (m: string) => void }): Promise<CrashResult> {
  const seed = options.seed ?? 20261123;
  const random = prng(seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'styrkedjan-krasch-'));
  const dbPath = path.join(dir, 'krasch.db');
  const source = new Database(options.sourceDb, { readonly: true });
  await source.backup(dbPath);
  source.close();
  buildWriter();

  let ackedWrites = 0;
  let lostWrites = 0;
  let integrityOk = true;
  for (let run = 0; run < options.runs; run++) {
    const writer = startWriter(dbPath);
    // Sometimes before the first commit, mostly in the middle of a stream of them.
    if (random() < 0.15) await new Promise((r) => setTimeout(r, random() * 400));
    else {
      await writer.firstAck;
      await new Promise((r) => setTimeout(r, random() * 600));
    }
    writer.child.kill('SIGKILL');
    await writer.exited;

    const db = new Database(dbPath);
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') integrityOk = false;
      const check = db.prepare(`SELECT (SELECT count(*) FROM follow_up_entries WHERE event_id = e.id) AS entries FROM follow_up_events e WHERE e.id = ?`);
      for (const id of writer.acked) {
        const row = check.get(id) as { entries: number } | undefined;
        if (!row || row.entries === 0) lostWrites++;
      }
    } finally {
      db.close();
    }
    ackedWrites += writer.acked.length;
    options.log?.(`run ${run + 1}/${options.runs}: ${writer.acked.length} acknowledged, lost so far ${lostWrites}`);
  }

  const rollupConsistent = await rollupMatchesRebuild(dbPath);
  fs.rmSync(dir, { recursive: true, force: true });
  return { crashRuns: options.runs, ackedWrites, lostWrites, integrityOk, rollupConsistent, seed };
}

/** Compares the roll-up the killed writers maintained with one rebuilt from the rows on disk. */
async function rollupMatchesRebuild(dbPath: string): Promise<boolean> {
  const { openDatabase } = await import('../../db/connection');
  const { rebuildRollups } = await import('../../features/rollup/store');
  const db = openDatabase(dbPath);
  try {
    const read = () => db.$client.prepare('SELECT goal_id, period_id, activities, not_started, on_track, at_risk, off_track, done, proposed FROM goal_rollups ORDER BY goal_id, period_id').all();
    const maintained = JSON.stringify(read());
    for (const y of db.$client.prepare(`SELECT id FROM plan_years WHERE status = 'open'`).all() as { id: number }[]) rebuildRollups(db, y.id);
    return JSON.stringify(read()) === maintained;
  } finally {
    db.$client.close();
  }
}
