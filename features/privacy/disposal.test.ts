import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/connection';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import { disposeTalkTexts } from './disposal';

// A one-year rule on 2026-11-23 cuts at 2025-11-23: what was written before that day goes.
const NOW = new Date('2026-11-23T10:00:00Z');
const OLD_DAY = '2025-06-10';
const NEW_DAY = '2026-10-05';
const at = (day: string) => Math.floor(Date.parse(`${day}T09:00:00Z`) / 1000);

let db: Db;
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];

/** A talk with every kind of text written about the employee: the three notes and an entry's three texts. */
function talkWithEveryText(kind: 'appraisal_talk' | 'salary_talk' | 'workplace_meeting', day: string) {
  const p = one<{ unitId: number; employeeId: number; managerId: number; activityId: number }>(
    `SELECT e.unit_id AS unitId, e.person_id AS employeeId, e.manager_person_id AS managerId, (SELECT id FROM activities LIMIT 1) AS activityId
     FROM employments e JOIN accounts a ON a.person_id = e.person_id WHERE a.email = 'medarbetare@sjovik.se' AND e.end_date IS NULL`,
  );
  const id = Number(
    db.$client
      .prepare(`INSERT INTO follow_up_events (kind, unit_id, employee_person_id, manager_person_id, held_on, status, minutes) VALUES (?, ?, ?, ?, ?, 'confirmed', ?)`)
      .run(kind, p.unitId, kind === 'workplace_meeting' ? null : p.employeeId, p.managerId, day, kind === 'workplace_meeting' ? 'APT-protokoll' : null).lastInsertRowid,
  );
  db.$client.prepare(`INSERT INTO follow_up_entries (event_id, activity_id, status, comment, next_step, self_status, self_comment) VALUES (?, ?, 'on_track', 'Kommentar', 'Nästa steg', 'on_track', 'Egen kommentar')`).run(id, p.activityId);
  if (kind !== 'workplace_meeting') {
    for (const [noteKind, author] of [
      ['preparation', p.employeeId],
      ['talk', p.managerId],
      ['salary', p.managerId],
    ] as const) {
      db.$client.prepare('INSERT INTO confidential_notes (event_id, author_person_id, kind, body, created_at) VALUES (?, ?, ?, ?, ?)').run(id, author, noteKind, `Text ${noteKind}`, at(day));
    }
  }
  return id;
}
const textsOf = (eventId: number) => ({
  notes: all<{ kind: string }>('SELECT kind FROM confidential_notes WHERE event_id = ? ORDER BY kind', eventId).map((n) => n.kind),
  entry: one('SELECT status, self_status AS selfStatus, comment, next_step AS nextStep, self_comment AS selfComment FROM follow_up_entries WHERE event_id = ?', eventId),
  event: one('SELECT kind, held_on AS heldOn, status, minutes FROM follow_up_events WHERE id = ?', eventId),
});

describe('disposal of talk texts (gallring)', () => {
  let oldTalk: number, oldSalaryTalk: number, newTalk: number, oldMeeting: number;
  beforeAll(async () => {
    db = openDatabase(':memory:');
    applyMigrations(db);
    await generateMunicipality(db, { preset: 'small', seed: 3 });
    db.$client.prepare('INSERT INTO retention_rules (municipality_id, talk_note_years, updated_at) VALUES (1, 1, unixepoch())').run();
    oldTalk = talkWithEveryText('appraisal_talk', OLD_DAY);
    oldSalaryTalk = talkWithEveryText('salary_talk', OLD_DAY);
    newTalk = talkWithEveryText('appraisal_talk', NEW_DAY);
    oldMeeting = talkWithEveryText('workplace_meeting', OLD_DAY);
  });

  it('removes every free text of a talk before the cut-off, keeps its structured facts, and leaves younger talks and workplace meetings; twice removes nothing more', () => {
    const newBefore = textsOf(newTalk);
    const meetingBefore = textsOf(oldMeeting);
    const rollupBefore = all('SELECT e.kind, e.status, f.status AS entryStatus, f.self_status AS selfStatus, count(*) AS n FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4');

    const dry = disposeTalkTexts(db, { municipalityId: 1, now: NOW, dryRun: true, actorPersonId: null });
    expect(dry.cutoffDate).toBe('2025-11-23');
    // At least the two old talks' three notes and three entry texts each.
    expect(dry.notes).toBeGreaterThanOrEqual(6);
    expect(dry.entryTexts).toBeGreaterThanOrEqual(6);
    expect(textsOf(oldTalk).notes).toHaveLength(3);

    const run = disposeTalkTexts(db, { municipalityId: 1, now: NOW, dryRun: false, actorPersonId: null });
    expect(run).toEqual({ ...dry, dryRun: false });
    for (const id of [oldTalk, oldSalaryTalk]) {
      expect(textsOf(id)).toEqual({
        notes: [],
        entry: { status: 'on_track', selfStatus: 'on_track', comment: null, nextStep: null, selfComment: null },
        event: expect.objectContaining({ heldOn: OLD_DAY, status: 'confirmed' }),
      });
    }
    expect(textsOf(newTalk)).toEqual(newBefore);
    expect(textsOf(oldMeeting)).toEqual(meetingBefore);
    expect(all('SELECT e.kind, e.status, f.status AS entryStatus, f.self_status AS selfStatus, count(*) AS n FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4')).toEqual(rollupBefore);
    const left = one<{ n: number }>(`SELECT count(*) AS n FROM follow_up_entries f JOIN follow_up_events e ON e.id = f.event_id WHERE e.kind <> 'workplace_meeting' AND e.held_on < ? AND (f.comment IS NOT NULL OR f.next_step IS NOT NULL OR f.self_comment IS NOT NULL)`, run.cutoffDate);
    expect(left.n).toBe(0);

    const audit = one<{ detail: string }>(`SELECT detail FROM audit_log WHERE action = 'talk_note.disposed' ORDER BY id DESC LIMIT 1`);
    expect(JSON.parse(audit.detail)).toEqual({ municipalityId: 1, years: 1, cutoffDate: '2025-11-23', notes: run.notes, entryTexts: run.entryTexts, talks: run.talks });
    expect(audit.detail).not.toMatch(/Kommentar|Nästa steg|Text /);

    const again = disposeTalkTexts(db, { municipalityId: 1, now: NOW, dryRun: false, actorPersonId: null });
    expect(again).toMatchObject({ notes: 0, entryTexts: 0, talks: 0 });
    expect(textsOf(newTalk)).toEqual(newBefore);
  });

  it('raises the revision of a disposed talk, so a form opened before cannot write the texts back', () => {
    const before = one<{ revision: number }>('SELECT revision FROM follow_up_events WHERE id = ?', newTalk).revision;
    const later = new Date('2027-11-23T10:00:00Z');
    disposeTalkTexts(db, { municipalityId: 1, now: later, dryRun: false, actorPersonId: null });
    expect(one<{ revision: number }>('SELECT revision FROM follow_up_events WHERE id = ?', newTalk).revision).toBe(before + 1);
    expect(textsOf(newTalk).notes).toEqual([]);
  });
});
