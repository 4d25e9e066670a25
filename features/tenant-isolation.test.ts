import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({
  getDb: () => {
    throw new Error('tests pass their own database');
  },
}));
vi.mock('./viewer', () => ({
  requireViewer: async () => {
    throw new Error('tests pass their own viewer');
  },
}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { loadTalkForViewer } = await import('@/features/talks/access');
const { loadPlan, planRights } = await import('@/features/plans/access');
const { getReportDocument } = await import('@/features/reports/queries');
const { closePlanYear } = await import('@/features/plan-years/mutations');
const { saveIndicator } = await import('@/features/goals/mutations');
const { listAuditLog } = await import('@/features/privacy/audit-log');
const { NotFoundError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;

/**
 * The data layer with Norrvik beside Sjövik: every read and write by id refuses the other
 * municipality's object for every role at home, HR "for the whole organisation" first of all.
 */
let db: Db;
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const sjovik = (local: string) => demoViewer(db, `${local}@sjovik.se`);
const norrvik = (local: string) => demoViewer(db, `${local}@norrvik.se`);
const talkOf = (email: string) => one<{ id: number }>(`SELECT e.id FROM follow_up_events e JOIN accounts a ON a.person_id = e.employee_person_id WHERE a.email = ? AND e.kind = 'appraisal_talk' ORDER BY e.held_on DESC LIMIT 1`, email).id;

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
});
afterAll(() => db.$client.close());

describe('talks across municipalities', () => {
  it('lets HR for the whole organisation read its own municipality’s talks and no other’s', () => {
    const sjovikTalk = talkOf('medarbetare@sjovik.se');
    const norrvikTalk = talkOf('medarbetare@norrvik.se');
    expect(loadTalkForViewer(db, sjovik('hr'), sjovikTalk).event.id).toBe(sjovikTalk);
    expect(loadTalkForViewer(db, norrvik('hr'), norrvikTalk).event.id).toBe(norrvikTalk);
    expect(() => loadTalkForViewer(db, sjovik('hr'), norrvikTalk)).toThrow(NotFoundError);
    expect(() => loadTalkForViewer(db, norrvik('hr'), sjovikTalk)).toThrow(NotFoundError);
  });

  it('refuses every role of the other municipality', () => {
    const norrvikTalk = talkOf('medarbetare@norrvik.se');
    for (const local of ['medarbetare', 'enhetschef', 'forvaltningschef', 'kommundirektor', 'admin', 'hr', 'namndledamot']) {
      expect(() => loadTalkForViewer(db, sjovik(local), norrvikTalk), local).toThrow(NotFoundError);
    }
  });
});

describe('plans, reports, years, goals and the log across municipalities', () => {
  it('treats another municipality’s plan as missing, and gives no rights on it', () => {
    const plan = one<{ id: number; unitId: number }>(`SELECT p.id, p.unit_id AS unitId FROM action_plans p JOIN org_units u ON u.id = p.unit_id WHERE u.municipality_id = 2 AND p.is_current = 1 LIMIT 1`);
    expect(loadPlan(db, norrvik('enhetschef'), plan.id).id).toBe(plan.id);
    expect(() => loadPlan(db, sjovik('kommundirektor'), plan.id)).toThrow(NotFoundError);
    // Even handed the plan's facts, the rights say no: the rule compares the municipality itself.
    const rights = planRights(db, sjovik('kommundirektor'), { unitId: plan.unitId, municipalityId: 2, status: 'submitted', isCurrent: true });
    expect(rights.canWrite || rights.canDecide || rights.isDecider).toBe(false);
  });

  it('treats another municipality’s approved report as missing', async () => {
    const report = one<{ id: number }>(`SELECT r.id FROM reports r JOIN org_units u ON u.id = r.org_unit_id WHERE u.municipality_id = 2 AND r.status = 'approved' LIMIT 1`);
    expect((await getReportDocument(db, norrvik('medarbetare'), String(report.id))).id).toBe(report.id);
    await expect(getReportDocument(db, sjovik('admin'), String(report.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets no administrator close another municipality’s year or change its goals', () => {
    const year = one<{ id: number }>(`SELECT id FROM plan_years WHERE municipality_id = 2 AND status = 'open'`);
    expect(() => closePlanYear(db, sjovik('admin'), { planYearId: year.id })).toThrow(NotFoundError);
    expect(one<{ status: string }>('SELECT status FROM plan_years WHERE id = ?', year.id).status).toBe('open');
    const goal = one<{ id: number }>(`SELECT id FROM goals WHERE plan_year_id = ? AND level = 'council' LIMIT 1`, year.id);
    const input = { goalId: goal.id, name: 'Ny', unit: '%', baseline: 1, baselineYear: 2025, target: 2, direction: 'increase' as const, source: 'x', koladaKpiId: null };
    expect(() => saveIndicator(db, sjovik('admin'), input)).toThrow(NotFoundError);
  });

  it('shows each administrator their own municipality’s audit log only', async () => {
    db.$client.prepare(`INSERT INTO audit_log (at, actor_person_id, action) VALUES (unixepoch(), ?, 'tenant.test')`).run(norrvik('admin').personId);
    const rows = async (viewer: ReturnType<typeof sjovik>) => (await listAuditLog(db, viewer, { action: 'tenant.test' })).rows;
    expect(await rows(norrvik('admin'))).toHaveLength(1);
    expect(await rows(sjovik('admin'))).toHaveLength(0);
  });
});
