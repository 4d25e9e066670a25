import { beforeAll, afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({
  getDb: () => {
    throw new Error('tests pass their own database');
  },
}));
vi.mock('@/lib/auth/viewer', () => ({
  requireViewer: async () => {
    throw new Error('tests pass their own viewer');
  },
}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { getTalk } = await import('./queries');
const { exportMyData } = await import('@/features/privacy/my-data');
const { NotFoundError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;

let db: Db;
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const viewerOf = (email: string) => demoViewer(db, email);
const readsOf = (talkId: number) => db.$client.prepare(`SELECT actor_person_id AS actor, detail FROM audit_log WHERE action = 'talk.read' AND object_type = 'follow_up_event' AND object_id = ? ORDER BY id`).all(talkId) as { actor: number; detail: string }[];

let talkId = 0;
beforeAll(async () => {
  db = await demoDatabase(1);
  // A talk with follow-up entries (statuses, a comment, a next step) and not a single note.
  const talk = one<{ id: number }>(
    `SELECT e.id FROM follow_up_events e JOIN accounts a ON a.person_id = e.employee_person_id
     WHERE a.email = 'medarbetare@sjovik.se' AND e.kind = 'appraisal_talk' AND EXISTS (SELECT 1 FROM follow_up_entries f WHERE f.event_id = e.id) ORDER BY e.held_on DESC LIMIT 1`,
  );
  talkId = talk.id;
  db.$client.prepare('DELETE FROM confidential_notes WHERE event_id = ?').run(talkId);
  db.$client.prepare(`UPDATE follow_up_entries SET comment = 'Går bra', next_step = 'Fortsätt' WHERE event_id = ?`).run(talkId);
});
afterAll(() => db.$client.close());

describe('reading a talk', () => {
  it('records every reading of a talk’s content, also of a talk with entries and no notes, never the texts', () => {
    const manager = viewerOf('enhetschef@sjovik.se');
    const view = getTalk(db, manager, String(talkId));
    expect(view.notes).toEqual([]);
    expect(view.activities.some((a) => a.comment === 'Går bra')).toBe(true);
    const reads = readsOf(talkId);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.actor).toBe(manager.personId);
    const detail = JSON.parse(reads[0]!.detail);
    const employeePersonId = one<{ id: number }>('SELECT employee_person_id AS id FROM follow_up_events WHERE id = ?', talkId).id;
    expect(detail).toMatchObject({ employeePersonId, notes: 0 });
    expect(detail.entries).toBeGreaterThan(0);
    expect(detail.entryTexts).toBeGreaterThanOrEqual(2);
    expect(reads[0]!.detail).not.toMatch(/Går bra|Fortsätt/);

    getTalk(db, viewerOf('hr@sjovik.se'), String(talkId));
    expect(readsOf(talkId)).toHaveLength(2);
  });

  it('records the employee’s own reading too, and their export shows it as theirs', () => {
    const employee = viewerOf('medarbetare@sjovik.se');
    const before = readsOf(talkId).length;
    getTalk(db, employee, String(talkId));
    const reads = readsOf(talkId);
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)!.actor).toBe(employee.personId);
    const mine = exportMyData(db, employee, 'json').noteReads.filter((r) => r.talkId === talkId);
    expect(mine.map((r) => r.byYou)).toEqual([false, false, true]);
  });

  it('records nothing for someone who may not read the talk', () => {
    const before = readsOf(talkId).length;
    expect(() => getTalk(db, viewerOf('medarbetare2@sjovik.se'), String(talkId))).toThrow(NotFoundError);
    expect(() => getTalk(db, viewerOf('kommundirektor@sjovik.se'), String(talkId))).toThrow(NotFoundError);
    expect(readsOf(talkId)).toHaveLength(before);
  });
});
