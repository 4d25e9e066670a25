import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { getRuleSettings, saveRuleSettings } = await import('./settings');
const { ForbiddenError } = await import('@/lib/errors');
const { DEFAULT_SETTINGS, proposeFulfilment } = await import('@/features/rollup/rules');
type Db = import('@/db/connection').Db;
type Viewer = import('@/lib/permissions').Viewer;

let db: Db;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;

const viewerOf = (email: string): Viewer => demoViewer(db, email);
type Row = { goal_id: number; period_id: number; not_started: number; on_track: number; at_risk: number; off_track: number; done: number; indicator_progress: number | null; proposed: string | null; status: string };
const rollups = (municipalityId = 1) => all<Row>('SELECT r.*, y.status FROM goal_rollups r JOIN goals g ON g.id = r.goal_id JOIN plan_years y ON y.id = g.plan_year_id WHERE y.municipality_id = ? ORDER BY r.goal_id, r.period_id', municipalityId);
const proposalOf = (r: Row, s: typeof DEFAULT_SETTINGS) => proposeFulfilment({ not_started: r.not_started, on_track: r.on_track, at_risk: r.at_risk, off_track: r.off_track, done: r.done }, r.indicator_progress, s)?.proposal ?? null;

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
});
afterAll(() => db.$client.close());

describe('changing the rule behind the proposals', () => {
  it('is refused to anyone but the municipal office, and nothing is written', () => {
    const before = rollups();
    const audit = one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n;
    for (const email of ['medarbetare@sjovik.se', 'enhetschef@sjovik.se', 'forvaltningschef@sjovik.se', 'namndledamot@sjovik.se']) {
      expect(() => saveRuleSettings(db, viewerOf(email), { ...DEFAULT_SETTINGS, fulfilledFrom: 0.3, partlyFrom: 0.1 })).toThrow(ForbiddenError);
    }
    expect(rollups()).toEqual(before);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n).toBe(audit);
  });

  it("reworks every open year's proposal by the new rule in the same save, and records it", async () => {
    const before = rollups();
    const norrvik = rollups(2);
    expect(before.length).toBeGreaterThan(100);
    const strict = { activityWeight: 1, indicatorWeight: 0, fulfilledFrom: 0.95, partlyFrom: 0.9 };
    const { changedProposals } = saveRuleSettings(db, viewerOf('admin@sjovik.se'), strict);
    const after = rollups();
    // The rule is the office's own municipality's: the other one's proposals and rule stay.
    expect(rollups(2)).toEqual(norrvik);
    expect((await getRuleSettings(db, viewerOf('medarbetare@norrvik.se'))).settings).toEqual(DEFAULT_SETTINGS);
    expect(await getRuleSettings(db, viewerOf('medarbetare@sjovik.se'))).toEqual({ settings: expect.objectContaining(strict), canEdit: false });
    expect(changedProposals).toBeGreaterThan(0);
    expect(after.filter((r, i) => r.proposed !== before[i]!.proposed)).toHaveLength(changedProposals);
    for (const r of after) {
      if (r.status === 'open') expect(r.proposed).toBe(proposalOf(r, strict));
    }
    // Closed years keep the proposals they were followed up with.
    expect(after.filter((r) => r.status === 'closed')).toEqual(before.filter((r) => r.status === 'closed'));
    const audit = one<{ action: string; detail: string }>("SELECT action, detail FROM audit_log WHERE action = 'rollup_settings.update' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(audit.detail)).toMatchObject({ after: strict, changedProposals });
  });

  it('gives back the default proposals when the default rule is restored', () => {
    saveRuleSettings(db, viewerOf('kommundirektor@sjovik.se'), DEFAULT_SETTINGS);
    for (const r of rollups()) if (r.status === 'open') expect(r.proposed).toBe(proposalOf(r, DEFAULT_SETTINGS));
  });
});
