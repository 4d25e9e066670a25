import Database from 'better-sqlite3';
import { harvestForms } from '../../e2e/http/forms';
import { baseUrl, signInOverHttp, type HttpSession } from '../../e2e/http/session';

/**
 * Many people saving workplace meetings at once through the HTTP server, as a browser without
 * JavaScript posts the form: each session loads /apt/ny, fills in a status for every activity and
 * one attendee, and posts it, again and again for the given time. Every 303 to the new meeting
 * counts as acknowledged; anything else is an error the user would have seen. Afterwards every
 * acknowledged meeting must be in the database, and no other meeting may have appeared.
 * The server's base URL comes from E2E_PORT (the HTTP helpers of the browser tests).
 */
export interface ConcurrencyResult {
  concurrentWriters: number;
  concurrentSeconds: number;
  acknowledgedMeetings: number;
  writeErrors: number;
  busyErrors: number;
  concurrentLostWrites: number;
  unexpectedWrites: number;
}

const meetingCount = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM follow_up_events WHERE kind = 'workplace_meeting'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function saveOneMeeting(session: HttpSession, n: number): Promise<{ id: number } | { error: string }> {
  const page = await session.get('/apt/ny');
  if (page.status !== 200) return { error: `GET /apt/ny: ${page.status}` };
  const form = harvestForms('/apt/ny', page.body).find((f) => f.inputNames.some((name) => name.startsWith('status-')));
  if (!form) return { error: 'no meeting form on /apt/ny' };
  const attendee = /name="attendeeIds\[\]"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="attendeeIds\[\]"/.exec(page.body);
  if (!attendee) return { error: 'no attendee to choose' };
  const override: [string, string][] = [['minutes', `Samtidighetstest ${n}`]];
  const res = await session.request('/apt/ny', {
    method: 'POST',
    headers: { origin: baseUrl() },
    body: (() => {
      const data = new FormData();
      for (const [name, value] of form.fields) data.append(name, override.find(([o]) => o === name)?.[1] ?? value);
      data.append('attendeeIds[]', attendee[1] ?? attendee[2]!);
      return data;
    })(),
  });
  const id = /\/apt\/(\d+)$/.exec(res.location ?? '');
  if (res.status === 303 && id) return { id: Number(id[1]) };
  return { error: `POST /apt/ny: ${res.status}${/SQLITE_BUSY|database is locked/i.test(res.body) ? ' SQLITE_BUSY' : ''}` };
}

export async function runConcurrentWriters(options: { dbPath: string; writers: number; seconds: number; log?: (m: string) => void }): Promise<ConcurrencyResult> {
  const sessions: HttpSession[] = [];
  for (let i = 0; i < options.writers; i++) sessions.push(await signInOverHttp(i % 2 === 0 ? 'unitManager' : 'otherUnitManager'));
  const before = meetingCount(options.dbPath);
  const acknowledged: number[] = [];
  const errors: string[] = [];
  const until = Date.now() + options.seconds * 1000;
  await Promise.all(
    sessions.map(async (session, w) => {
      for (let n = 0; Date.now() < until; n++) {
        try {
          const r = await saveOneMeeting(session, w * 100_000 + n);
          if ('id' in r) acknowledged.push(r.id);
          else errors.push(r.error);
        } catch (err) {
          errors.push(err instanceof Error ? err.message : String(err));
        }
      }
    }),
  );
  const db = new Database(options.dbPath, { readonly: true });
  let lost = 0;
  try {
    const present = db.prepare(`SELECT count(*) AS n FROM follow_up_events WHERE id = ? AND kind = 'workplace_meeting'`);
    for (const id of acknowledged) if ((present.get(id) as { n: number }).n !== 1) lost++;
  } finally {
    db.close();
  }
  const after = meetingCount(options.dbPath);
  if (errors.length) options.log?.(`first errors: ${[...new Set(errors)].slice(0, 5).join('; ')}`);
  return {
    concurrentWriters: options.writers,
    concurrentSeconds: options.seconds,
    acknowledgedMeetings: acknowledged.length,
    writeErrors: errors.length,
    busyErrors: errors.filter((e) => e.includes('SQLITE_BUSY')).length,
    concurrentLostWrites: lost,
    unexpectedWrites: after - before - (acknowledged.length - lost),
  };
}
