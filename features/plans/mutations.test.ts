import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/connection';
import type { Viewer } from '@/lib/permissions';

// The data access layer against a real seeded database: only the connection and the session are swapped.
const state: { db: Db | null; viewer: Viewer | null } = { db: null, viewer: null };
vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/auth/viewer', () => ({ requireViewer: async () => state.viewer }));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const writes = await import('./mutations');
const { getPlanPage, listPlansToActOn } = await import('./queries');
const { ConflictError, ForbiddenError, NotFoundError, RuleError } = await import('@/lib/errors');

const one = <T>(sql: string, ...args: unknown[]) => state.db!.$client.prepare(sql).get(...args) as T;
const count = (sql: string, ...args: unknown[]) => one<{ n: number }>(`SELECT count(*) AS n FROM (${sql})`, ...args).n;

const viewerOf = (email: string): Viewer => demoViewer(state.db!, email);

let manager: Viewer, director: Viewer, employee: Viewer, politician: Viewer, otherManager: Viewer;
let unitId: number, approvedPlanId: number;

beforeAll(async () => {
  state.db = await demoDatabase(1);
  manager = viewerOf('enhetschef@sjovik.se');
  director = viewerOf('forvaltningschef@sjovik.se');
  employee = viewerOf('medarbetare@sjovik.se');
  politician = viewerOf('namndledamot@sjovik.se');
  unitId = manager.roles.find((r) => r.role === 'unit_manager')!.orgUnitId!;
  const other = one<{ personId: number }>(`SELECT person_id AS personId FROM role_assignments WHERE role = 'unit_manager' AND org_unit_id <> ? LIMIT 1`, unitId);
  otherManager = { personId: other.personId, municipalityId: 1, name: 'Annan chef', roles: [{ role: 'unit_manager', orgUnitId: -1 }] };
  approvedPlanId = one<{ id: number }>(`SELECT id FROM action_plans WHERE unit_id = ? AND is_current = 1 AND plan_year_id = (SELECT id FROM plan_years WHERE status = 'open')`, unitId).id;
});
afterAll(() => state.db?.$client.close());

const as = (v: Viewer) => {
  state.viewer = v;
};
const revisionOf = (planId: number) => one<{ revision: number }>('SELECT revision FROM action_plans WHERE id = ?', planId).revision;
const ownGoal = () => one<{ id: number }>(`SELECT g.id FROM goals g JOIN org_units a ON a.id = g.owner_unit_id WHERE g.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open') AND a.name = 'Barn- och utbildningsförvaltningen' LIMIT 1`).id;
const foreignGoal = () => one<{ id: number }>(`SELECT g.id FROM goals g JOIN org_units a ON a.id = g.owner_unit_id WHERE g.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open') AND a.name = 'Vård- och omsorgsförvaltningen' LIMIT 1`).id;
const activity = (planId: number, over: Record<string, unknown> = {}) => ({
  planId,
  revision: revisionOf(planId),
  title: 'Språkutvecklande arbetssätt',
  description: null,
  ownerPersonId: employee.personId,
  startDate: '2026-03-01',
  endDate: '2026-06-30',
  expectedResult: 'Alla barn får daglig högläsning',
  goalIds: [ownGoal()],
  indicatorId: null,
  ...over,
});
const writesOf = () => count('SELECT 1 FROM plan_events') + count('SELECT 1 FROM audit_log') + count('SELECT 1 FROM activities');

describe('the action plan writes', () => {
  let v2: number;
  beforeEach(() => as(manager));

  it('lets the manager start version 2 of the approved plan, copying activities and goal links', async () => {
    const before = one<{ n: number; links: number }>(`SELECT count(*) AS n, (SELECT count(*) FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id WHERE a.plan_id = ?) AS links FROM activities WHERE plan_id = ?`, approvedPlanId, approvedPlanId);
    v2 = await writes.startNewVersion({ planId: approvedPlanId, revision: revisionOf(approvedPlanId) });
    const plans = state.db!.$client.prepare('SELECT id, version, is_current AS cur, status, supersedes_plan_id AS sup FROM action_plans WHERE unit_id = ? ORDER BY plan_year_id DESC, version DESC LIMIT 2').all(unitId);
    expect(plans).toEqual([
      { id: v2, version: 2, cur: 1, status: 'draft', sup: approvedPlanId },
      { id: approvedPlanId, version: 1, cur: 0, status: 'approved', sup: null },
    ]);
    expect(count('SELECT 1 FROM activities WHERE plan_id = ?', v2)).toBe(before.n);
    expect(count('SELECT 1 FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id WHERE a.plan_id = ?', v2)).toBe(before.links);
    expect(count(`SELECT 1 FROM plan_events WHERE plan_id = ? AND kind = 'new_version'`, v2)).toBe(1);
    expect(count(`SELECT 1 FROM audit_log WHERE object_id = ? AND action = 'plan.new_version'`, v2)).toBe(1);
    // The old version cannot be changed any more, nor versioned twice.
    await expect(writes.addActivity(activity(approvedPlanId))).rejects.toBeInstanceOf(RuleError);
    await expect(writes.startNewVersion({ planId: approvedPlanId, revision: revisionOf(approvedPlanId) })).rejects.toBeInstanceOf(RuleError);
  });

  it('adds an activity with its goal, its event and its audit row', async () => {
    const id = await writes.addActivity(activity(v2));
    expect(count('SELECT 1 FROM activity_goals WHERE activity_id = ?', id)).toBe(1);
    const event = one<{ kind: string; detail: string }>(`SELECT kind, detail FROM plan_events WHERE plan_id = ? ORDER BY id DESC LIMIT 1`, v2);
    expect(event.kind).toBe('activity_added');
    expect(JSON.parse(event.detail).after.title).toBe('Språkutvecklande arbetssätt');
    expect(count(`SELECT 1 FROM audit_log WHERE object_id = ? AND action = 'plan.activity_added'`, v2)).toBe(1);
  });

  it('refuses a goal of another administration, an owner from elsewhere and a foreign indicator, writing nothing', async () => {
    const before = writesOf();
    await expect(writes.addActivity(activity(v2, { goalIds: [ownGoal(), foreignGoal()] }))).rejects.toMatchObject({ messageKey: 'plans.errors.goalOutsideChain', field: 'goalIds' });
    await expect(writes.addActivity(activity(v2, { ownerPersonId: director.personId }))).rejects.toMatchObject({ field: 'ownerPersonId' });
    const foreignIndicator = one<{ id: number }>(`SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.code = 'KF 3' AND g.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open')`).id;
    await expect(writes.addActivity(activity(v2, { indicatorId: foreignIndicator }))).rejects.toMatchObject({ field: 'indicatorId' });
    expect(writesOf()).toBe(before);
  });

  it('tells the second of two saves from the same revision that the plan changed, and keeps only the first', async () => {
    const stale = activity(v2, { title: 'Första' });
    await writes.addActivity(stale);
    const before = writesOf();
    await expect(writes.addActivity({ ...stale, title: 'Andra' })).rejects.toBeInstanceOf(ConflictError);
    expect(writesOf()).toBe(before);
    expect(count(`SELECT 1 FROM activities WHERE plan_id = ? AND title = 'Andra'`, v2)).toBe(0);
  });

  it('records what changed in an activity', async () => {
    const id = one<{ id: number }>(`SELECT id FROM activities WHERE plan_id = ? AND title = 'Första'`, v2).id;
    await writes.updateActivity({ ...activity(v2, { title: 'Första, omarbetad', endDate: '2026-08-31' }), activityId: id });
    const detail = JSON.parse(one<{ detail: string }>(`SELECT detail FROM plan_events WHERE plan_id = ? AND kind = 'activity_changed'`, v2).detail);
    expect(detail.changes.map((c: { field: string }) => c.field)).toEqual(['title', 'endDate']);
  });

  it('refuses every write by the unit’s employee, a politician and another unit’s manager', async () => {
    const before = writesOf();
    for (const outsider of [employee, politician, otherManager]) {
      as(outsider);
      await expect(writes.addActivity(activity(v2))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(writes.submitPlan({ planId: v2, revision: revisionOf(v2) })).rejects.toBeInstanceOf(ForbiddenError);
      // They may still read it: plans are public documents.
      expect((await getPlanPage(String(v2))).rights).toMatchObject({ canWrite: false, canEdit: false, canDecide: false });
    }
    as(manager);
    await expect(writes.addActivity({ ...activity(v2), planId: 999_999 })).rejects.toBeInstanceOf(NotFoundError);
    expect(writesOf()).toBe(before);
  });

  it('removes a new activity but not one that employees’ assignments point to', async () => {
    const fresh = await writes.addActivity(activity(v2, { title: 'Tas bort' }));
    await writes.removeActivity({ planId: v2, revision: revisionOf(v2), activityId: fresh });
    expect(count('SELECT 1 FROM activities WHERE id = ?', fresh)).toBe(0);
    expect(one<{ kind: string; comment: string }>('SELECT kind, comment FROM plan_events WHERE plan_id = ? ORDER BY id DESC LIMIT 1', v2)).toEqual({ kind: 'activity_removed', comment: 'Tas bort' });
    const linked = one<{ id: number }>('SELECT activity_id AS id FROM assignment_activities aa JOIN activities a ON a.id = aa.activity_id WHERE a.plan_id = ? LIMIT 1', approvedPlanId).id;
    // The copy in version 2 has no links of its own; the linked one is version 1's, which is locked.
    await expect(writes.removeActivity({ planId: approvedPlanId, revision: revisionOf(approvedPlanId), activityId: linked })).rejects.toMatchObject({ messageKey: 'plans.errors.locked' });
    // In a seeded draft, an activity employees link to stays: removing it would change their assignments.
    const draft = one<{ planId: number; unitId: number; activityId: number }>(
      `SELECT p.id AS planId, p.unit_id AS unitId, a.id AS activityId FROM action_plans p JOIN activities a ON a.plan_id = p.id JOIN assignment_activities aa ON aa.activity_id = a.id
       WHERE p.status = 'draft' AND p.is_current = 1 LIMIT 1`,
    );
    as({ personId: 1, municipalityId: 1, name: 'Chef', roles: [{ role: 'unit_manager', orgUnitId: draft.unitId }] });
    await expect(writes.removeActivity({ planId: draft.planId, revision: revisionOf(draft.planId), activityId: draft.activityId })).rejects.toMatchObject({ messageKey: 'plans.errors.activityInUse' });
    expect(count('SELECT 1 FROM activities WHERE id = ?', draft.activityId)).toBe(1);
    as(manager);
    // An activity of another plan is not found through this one.
    await expect(writes.removeActivity({ planId: v2, revision: revisionOf(v2), activityId: linked })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates a unit’s first plan for the year once, for its own manager only', async () => {
    const parent = one<{ parentId: number }>('SELECT parent_id AS parentId FROM org_units WHERE id = ?', unitId).parentId;
    const newUnit = Number(state.db!.$client.prepare(`INSERT INTO org_units (municipality_id, parent_id, kind, side, name) VALUES (1, ?, 'unit', 'administrative', 'Nya förskolan')`).run(parent).lastInsertRowid);
    as({ ...manager, roles: [...manager.roles, { role: 'unit_manager', orgUnitId: newUnit }] });
    const id = await writes.createPlan(newUnit);
    expect(one<{ status: string; version: number }>('SELECT status, version FROM action_plans WHERE id = ?', id)).toEqual({ status: 'draft', version: 1 });
    expect(count(`SELECT 1 FROM plan_events WHERE plan_id = ? AND kind = 'created'`, id)).toBe(1);
    await expect(writes.createPlan(newUnit)).rejects.toMatchObject({ messageKey: 'plans.errors.planExists' });
    as(employee);
    await expect(writes.createPlan(newUnit)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('runs submit → return with comment → resubmit → approve, and the manager cannot decide', async () => {
    await writes.submitPlan({ planId: v2, revision: revisionOf(v2) });
    await expect(writes.approvePlan({ planId: v2, revision: revisionOf(v2) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(writes.addActivity(activity(v2))).rejects.toMatchObject({ messageKey: 'plans.errors.locked' });
    as(director);
    await writes.returnPlan({ planId: v2, revision: revisionOf(v2), comment: 'Koppla aktiviteterna tydligare till målen' });
    expect(one<{ status: string; c: string }>('SELECT status, decision_comment AS c FROM action_plans WHERE id = ?', v2)).toEqual({ status: 'returned', c: 'Koppla aktiviteterna tydligare till målen' });
    as(manager);
    await writes.submitPlan({ planId: v2, revision: revisionOf(v2) });
    as(director);
    await writes.approvePlan({ planId: v2, revision: revisionOf(v2) });
    const kinds = (state.db!.$client.prepare('SELECT kind FROM plan_events WHERE plan_id = ? ORDER BY id').all(v2) as { kind: string }[]).map((e) => e.kind);
    expect(kinds.slice(-4)).toEqual(['submitted', 'returned', 'submitted', 'approved']);
    as(manager);
    const page = await getPlanPage(String(v2));
    expect(page.rights).toMatchObject({ canEdit: false, canStartNewVersion: true });
    expect(page.versions.map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('the plans list', () => {
  it('gives the director the submitted plans below their administration, a page at a time', async () => {
    as(director);
    const administrationId = director.roles.find((r) => r.role === 'administration_director')!.orgUnitId!;
    const expected = count(
      `WITH RECURSIVE below(id) AS (SELECT id FROM org_units WHERE parent_id = ? UNION ALL SELECT o.id FROM org_units o JOIN below ON o.parent_id = below.id)
       SELECT 1 FROM action_plans p WHERE p.unit_id IN (SELECT id FROM below) AND p.is_current = 1 AND p.status = 'submitted' AND p.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open')`,
      administrationId,
    );
    expect(expected).toBeGreaterThan(0);
    const list = await listPlansToActOn(1);
    expect(list.awaiting).toMatchObject({ isDecider: true, total: expected });
    expect(list.awaiting.rows).toHaveLength(Math.min(expected, list.pageSize));
    expect((await listPlansToActOn(999)).page).toBe(Math.ceil(expected / list.pageSize));
  });

  it('gives the manager their unit’s current plan and the employee a link to it, deciding nothing', async () => {
    as(manager);
    const mine = await listPlansToActOn(1);
    expect(mine.own).toEqual([expect.objectContaining({ unitId, status: expect.any(String) })]);
    expect(mine.myUnitPlan).toBeNull();
    expect(mine.awaiting.isDecider).toBe(false);
    as(employee);
    const theirs = await listPlansToActOn(1);
    expect(theirs.own).toEqual([]);
    expect(theirs.myUnitPlan?.id).toBe(mine.own[0]!.id);
  });
});
