import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { saveAssessment, submitReport, returnReport, approveReport } = await import('./mutations');
const { getReportDocument } = await import('./queries');
const { loadReportContext, reportGoals, contributingUnits } = await import('./context');
const { buildBoardSnapshot } = await import('@/features/reports/build-snapshot');
const { diffSnapshots } = await import('@/features/reports/compare');
const { parseSnapshot } = await import('@/features/reports/snapshot');
const { ForbiddenError, NotFoundError, RuleError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;
type Viewer = import('@/lib/permissions').Viewer;

let db: Db;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const viewerOf = (email: string): Viewer => demoViewer(db, email);
const auditCount = () => one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n;

function expectError(fn: () => unknown, type: new (...args: never[]) => Error, key?: string) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(type);
    if (key) expect((err as InstanceType<typeof RuleError>).messageKey).toBe(key);
    return;
  }
  throw new Error(`expected ${type.name}`);
}

let periodId = 0;
let bunId = 0;
let bufId = 0;
beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
  periodId = one<{ id: number }>("SELECT fp.id FROM follow_up_periods fp JOIN plan_years y ON y.id = fp.plan_year_id WHERE fp.kind = 'annual' AND y.year = 2026 AND y.municipality_id = 1").id;
  ({ id: bunId, servedBy: bufId } = one<{ id: number; servedBy: number }>("SELECT id, served_by_unit_id AS servedBy FROM org_units WHERE short_name = 'BUN' AND municipality_id = 1"));
});
afterAll(() => db.$client.close());

describe('the seeded reports', () => {
  it('stores every approved report as a snapshot that parses', () => {
    const rows = all<{ snapshot: string }>("SELECT snapshot FROM reports WHERE status = 'approved'");
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(() => parseSnapshot(r.snapshot)).not.toThrow();
  });
});

describe('the report cycle of a board', () => {
  const manager = () => viewerOf('enhetschef@sjovik.se');
  const director = () => viewerOf('forvaltningschef@sjovik.se');
  const secretary = () => viewerOf('namndsekreterare@sjovik.se');
  const member = () => viewerOf('namndledamot@sjovik.se');
  const councillor = () => viewerOf('kf-ledamot@sjovik.se');
  const base = () => ({ periodId, bodyId: bunId, forecast: '' as const, analysis: 'Arbetet går enligt plan.' });
  let stored = '';
  let reportId = 0;

  it('lets the unit manager write the unit’s assessment of a goal the unit’s plan serves, and nothing else', () => {
    const ctx = loadReportContext(db, 1, periodId, bunId);
    const { own, administration } = reportGoals(db, ctx);
    const unitId = manager().roles.find((r) => r.role === 'unit_manager')!.orgUnitId!;
    const units = contributingUnits(
      db,
      ctx.period.planYearId,
      administration.map((g) => g.id),
    );
    const goal = administration.find((g) => (units.get(g.id) ?? []).some((u) => u.id === unitId))!;
    const before = auditCount();
    saveAssessment(db, manager(), { ...base(), goalId: goal.id, unitId, fulfilment: 'partly_fulfilled' });
    expect(auditCount()).toBe(before + 1);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM assessments WHERE period_id = ? AND assessing_unit_id = ?', periodId, unitId).n).toBe(1);
    // Not the board's assessment, not another unit's.
    expectError(() => saveAssessment(db, manager(), { ...base(), goalId: own[0]!.id, unitId: bunId, fulfilment: 'fulfilled' }), ForbiddenError);
    expectError(() => saveAssessment(db, manager(), { ...base(), goalId: goal.id, unitId: unitId + 1, fulfilment: 'fulfilled' }), NotFoundError);
    expect(auditCount()).toBe(before + 1);
  });

  it('refuses a submission before every board goal is assessed, then lets the director write and submit', () => {
    expectError(() => submitReport(db, director(), { periodId, bodyId: bunId }), RuleError, 'reports.errors.missingAssessments');
    const ctx = loadReportContext(db, 1, periodId, bunId);
    const { own, administration } = reportGoals(db, ctx);
    for (const g of administration) saveAssessment(db, director(), { ...base(), goalId: g.id, unitId: bufId, fulfilment: 'partly_fulfilled' });
    for (const g of own) saveAssessment(db, director(), { ...base(), goalId: g.id, unitId: bunId, fulfilment: 'fulfilled' });
    expectError(() => submitReport(db, member(), { periodId, bodyId: bunId }), NotFoundError);
    submitReport(db, director(), { periodId, bodyId: bunId });
    expect(one<{ status: string }>('SELECT status FROM reports WHERE period_id = ? AND org_unit_id = ?', periodId, bunId).status).toBe('submitted');
    expectError(() => saveAssessment(db, director(), { ...base(), goalId: own[0]!.id, unitId: bunId, fulfilment: 'not_fulfilled' }), RuleError, 'reports.errors.alreadySubmitted');
  });

  it('lets the director take it back with a comment, and submit again', () => {
    returnReport(db, director(), { periodId, bodyId: bunId, comment: 'En analys behöver kompletteras.' });
    expect(one<{ status: string; c: string }>('SELECT status, return_comment AS c FROM reports WHERE period_id = ? AND org_unit_id = ?', periodId, bunId)).toEqual({ status: 'draft', c: 'En analys behöver kompletteras.' });
    submitReport(db, director(), { periodId, bodyId: bunId });
  });

  it('keeps a submitted report from politicians outside the board, and lets only the secretary approve', async () => {
    reportId = one<{ id: number }>('SELECT id FROM reports WHERE period_id = ? AND org_unit_id = ?', periodId, bunId).id;
    await expect(getReportDocument(db, councillor(), String(reportId))).rejects.toBeInstanceOf(NotFoundError);
    expect((await getReportDocument(db, member(), String(reportId))).status).toBe('submitted');
    const decision = { periodId, bodyId: bunId, decidedOn: '2026-11-23', paragraph: '§ 87', title: 'Årsredovisning 2026' };
    for (const v of [member(), director(), manager()]) expectError(() => approveReport(db, v, decision), NotFoundError);
    approveReport(db, secretary(), decision);
    const row = one<{ status: string; snapshot: string; paragraph: string }>('SELECT r.status, r.snapshot, d.paragraph FROM reports r JOIN decisions d ON d.id = r.decision_id WHERE r.id = ?', reportId);
    expect(row.status).toBe('approved');
    expect(row.paragraph).toBe('§ 87');
    stored = row.snapshot;
    const snap = parseSnapshot(stored);
    expect(snap.decision).toEqual({ body: 'Barn- och utbildningsnämnden', decidedOn: '2026-11-23', paragraph: '§ 87', title: 'Årsredovisning 2026' });
    const boardGoals = one<{ n: number }>("SELECT count(*) AS n FROM goals WHERE level = 'board' AND owner_unit_id = ? AND plan_year_id = (SELECT plan_year_id FROM follow_up_periods WHERE id = ?)", bunId, periodId).n;
    expect(snap.summary).toEqual({ fulfilled: boardGoals, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 0 });
    expect(snap.sections[0]!.contributions[0]!.goals[0]!.assessmentsBelow.map((a) => a.byUnit)).toContain('Barn- och utbildningsförvaltningen');
    expectError(() => approveReport(db, secretary(), decision), RuleError, 'reports.errors.alreadyApproved');
    // Now a public document.
    expect((await getReportDocument(db, councillor(), String(reportId))).snapshot).toEqual(snap);
  });

  it('leaves the stored snapshot byte-identical after later changes, while the live build shows them', async () => {
    const snap = parseSnapshot(stored);
    const goal = snap.sections[0]!.contributions[0]!.goals[0]!;
    db.$client.prepare('UPDATE goals SET title = ? WHERE id = ?').run('Ett nytt namn på målet', goal.id);
    db.$client.prepare('UPDATE goal_rollups SET done = done + 3, on_track = on_track - 3 WHERE goal_id = ? AND period_id = ?').run(goal.id, periodId);
    expect(one<{ snapshot: string }>('SELECT snapshot FROM reports WHERE id = ?', reportId).snapshot).toBe(stored);
    const live = buildBoardSnapshot(db, { boardId: bunId, periodId, decision: null, takenAt: new Date() });
    const diff = diffSnapshots(snap, live).find((d) => d.code === goal.code)!;
    expect(diff.changes.map((c) => c.kind)).toEqual(['title', 'counts']);
    expect((await getReportDocument(db, councillor(), String(reportId))).snapshot.sections[0]!.contributions[0]!.goals[0]!.title).toBe(goal.title);
  });

  it('has the database refuse any change to an approved report', () => {
    expect(() => db.$client.prepare("UPDATE reports SET snapshot = '{}' WHERE id = ?").run(reportId)).toThrow(/frozen/);
    expect(() => db.$client.prepare("UPDATE reports SET status = 'draft' WHERE id = ?").run(reportId)).toThrow(/frozen/);
    expect(one<{ snapshot: string }>('SELECT snapshot FROM reports WHERE id = ?', reportId).snapshot).toBe(stored);
  });
});

describe('another municipality’s reports', () => {
  it('are missing for every step of every role, and nothing is written', async () => {
    const norrvik = one<{ periodId: number; bodyId: number; reportId: number; goalId: number }>(
      `SELECT r.period_id AS periodId, r.org_unit_id AS bodyId, r.id AS reportId, g.id AS goalId FROM reports r JOIN org_units u ON u.id = r.org_unit_id JOIN follow_up_periods fp ON fp.id = r.period_id
       JOIN goals g ON g.owner_unit_id = u.id AND g.plan_year_id = fp.plan_year_id WHERE u.municipality_id = 2 AND u.kind = 'board' AND r.status = 'approved' ORDER BY fp.period_end DESC LIMIT 1`,
    );
    const step = { periodId: norrvik.periodId, bodyId: norrvik.bodyId };
    const writes = () => auditCount() + one<{ n: number }>('SELECT (SELECT count(*) FROM assessments) + (SELECT count(*) FROM reports) + (SELECT count(*) FROM decisions) AS n').n;
    const before = writes();
    for (const local of ['enhetschef', 'forvaltningschef', 'namndsekreterare', 'namndledamot', 'kommundirektor', 'admin']) {
      const v = viewerOf(`${local}@sjovik.se`);
      expectError(() => saveAssessment(db, v, { ...step, goalId: norrvik.goalId, unitId: norrvik.bodyId, fulfilment: 'fulfilled', forecast: '', analysis: 'x' }), NotFoundError);
      expectError(() => submitReport(db, v, step), NotFoundError);
      expectError(() => returnReport(db, v, { ...step, comment: 'x' }), NotFoundError);
      expectError(() => approveReport(db, v, { ...step, decidedOn: '2026-11-23', paragraph: '§ 1', title: 'x' }), NotFoundError);
      await expect(getReportDocument(db, v, String(norrvik.reportId))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(writes()).toBe(before);
    // Its own readers still read it.
    expect((await getReportDocument(db, viewerOf('namndledamot@norrvik.se'), String(norrvik.reportId))).status).toBe('approved');
  });
});

describe('an approved interim report and the compiled report', () => {
  const interimId = () => one<{ id: number }>("SELECT fp.id FROM follow_up_periods fp JOIN plan_years y ON y.id = fp.plan_year_id WHERE fp.kind = 'interim' AND y.year = 2026 AND y.municipality_id = 1").id;

  it('takes no more assessments once the report is approved', () => {
    const ctx = loadReportContext(db, 1, interimId(), bunId);
    expect(ctx.scope.status).toBe('approved');
    const { own, administration } = reportGoals(db, ctx);
    const before = auditCount();
    expectError(() => saveAssessment(db, viewerOf('forvaltningschef@sjovik.se'), { periodId: interimId(), bodyId: bunId, goalId: own[0]!.id, unitId: bunId, fulfilment: 'fulfilled', forecast: 'fulfilled', analysis: 'x' }), RuleError, 'reports.errors.alreadyApproved');
    const unitId = viewerOf('enhetschef@sjovik.se').roles.find((r) => r.role === 'unit_manager')!.orgUnitId!;
    expectError(() => saveAssessment(db, viewerOf('enhetschef@sjovik.se'), { periodId: interimId(), bodyId: bunId, goalId: administration[0]!.id, unitId, fulfilment: 'fulfilled', forecast: 'fulfilled', analysis: 'x' }), RuleError, 'reports.errors.alreadyApproved');
    expect(auditCount()).toBe(before);
  });

  it('carries the interim forecast and builds the compiled report from the boards’ approved snapshots', () => {
    const compiled = parseSnapshot(one<{ snapshot: string }>("SELECT r.snapshot FROM reports r JOIN org_units u ON u.id = r.org_unit_id WHERE u.kind = 'council' AND r.period_id = ?", interimId()).snapshot);
    expect(compiled.body.kind).toBe('council');
    expect(compiled.decision?.body).toBe('Kommunstyrelsen');
    expect(compiled.period.kind).toBe('interim');
    const bun = parseSnapshot(one<{ snapshot: string }>('SELECT snapshot FROM reports WHERE org_unit_id = ? AND period_id = ?', bunId, interimId()).snapshot);
    const section = compiled.sections.find((s) => s.id === bun.sections[0]!.id)!;
    expect(section.contributions.find((c) => c.boardId === bunId)).toEqual(bun.sections[0]!.contributions[0]);
    expect(section.assessment?.forecast).not.toBeNull();
    expect(compiled.summary.notAssessed).toBe(0);
  });
});
