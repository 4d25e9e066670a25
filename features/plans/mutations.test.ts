import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/connection';
import type { Viewer } from '@/lib/permissions';

// The data access layer against a real seeded database (Norrvik beside Sjövik), given its connection and viewer as a page gives them.
vi.mock('server-only', () => ({}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const writes = await import('./mutations');
const { getPlanPage, listPlansToActOn } = await import('./queries');
const { ConflictError, ForbiddenError, NotFoundError, RuleError } = await import('@/lib/errors');

let db: Db;
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const count = (sql: string, ...args: unknown[]) => one<{ n: number }>(`SELECT count(*) AS n FROM (${sql})`, ...args).n;

const viewerOf = (email: string): Viewer => demoViewer(db, email);

let manager: Viewer, director: Viewer, employee: Viewer, politician: Viewer, otherManager: Viewer;
let unitId: number, approvedPlanId: number;

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
  manager = viewerOf('enhetschef@sjovik.se');
  director = viewerOf('forvaltningschef@sjovik.se');
  employee = viewerOf('medarbetare@sjovik.se');
  politician = viewerOf('namndledamot@sjovik.se');
  unitId = manager.roles.find((r) => r.role === 'unit_manager')!.orgUnitId!;
  const other = one<{ personId: number }>(`SELECT person_id AS personId FROM role_assignments r JOIN org_units u ON u.id = r.org_unit_id WHERE r.role = 'unit_manager' AND r.org_unit_id <> ? AND u.municipality_id = 1 LIMIT 1`, unitId);
  otherManager = { personId: other.personId, municipalityId: 1, name: 'Annan chef', roles: [{ role: 'unit_manager', orgUnitId: -1 }] };
  approvedPlanId = one<{ id: number }>(`SELECT id FROM action_plans WHERE unit_id = ? AND is_current = 1 AND plan_year_id = (SELECT id FROM plan_years WHERE status = 'open' AND municipality_id = 1)`, unitId).id;
});
afterAll(() => db.$client.close());

const revisionOf = (planId: number) => one<{ revision: number }>('SELECT revision FROM action_plans WHERE id = ?', planId).revision;
const ownGoal = () => one<{ id: number }>(`SELECT g.id FROM goals g JOIN org_units a ON a.id = g.owner_unit_id WHERE g.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open' AND municipality_id = 1) AND a.name = 'Barn- och utbildningsförvaltningen' LIMIT 1`).id;
const foreignGoal = () => one<{ id: number }>(`SELECT g.id FROM goals g JOIN org_units a ON a.id = g.owner_unit_id WHERE g.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open' AND municipality_id = 1) AND a.name = 'Vård- och omsorgsförvaltningen' LIMIT 1`).id;
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
const writesOf = () => count('SELECT 1 FROM plan_events') + count('SELECT 1 FROM audit_log') + count('SELECT 1 FROM activities') + count('SELECT 1 FROM action_plans');
const ref = (planId: number) => ({ planId, revision: revisionOf(planId) });

describe('the action plan writes', () => {
  let v2: number;

  it('lets the manager start version 2 of the approved plan, copying activities and goal links', () => {
    const before = one<{ n: number; links: number }>(`SELECT count(*) AS n, (SELECT count(*) FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id WHERE a.plan_id = ?) AS links FROM activities WHERE plan_id = ?`, approvedPlanId, approvedPlanId);
    v2 = writes.startNewVersion(db, manager, ref(approvedPlanId));
    const plans = db.$client.prepare('SELECT id, version, is_current AS cur, status, supersedes_plan_id AS sup FROM action_plans WHERE unit_id = ? ORDER BY plan_year_id DESC, version DESC LIMIT 2').all(unitId);
    expect(plans).toEqual([
      { id: v2, version: 2, cur: 1, status: 'draft', sup: approvedPlanId },
      { id: approvedPlanId, version: 1, cur: 0, status: 'approved', sup: null },
    ]);
    expect(count('SELECT 1 FROM activities WHERE plan_id = ?', v2)).toBe(before.n);
    expect(count('SELECT 1 FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id WHERE a.plan_id = ?', v2)).toBe(before.links);
    expect(count(`SELECT 1 FROM plan_events WHERE plan_id = ? AND kind = 'new_version'`, v2)).toBe(1);
    expect(count(`SELECT 1 FROM audit_log WHERE object_id = ? AND action = 'plan.new_version'`, v2)).toBe(1);
    // The old version cannot be changed any more, nor versioned twice.
    expect(() => writes.addActivity(db, manager, activity(approvedPlanId))).toThrow(RuleError);
    expect(() => writes.startNewVersion(db, manager, ref(approvedPlanId))).toThrow(RuleError);
  });

  it('adds an activity with its goal, its event and its audit row', () => {
    const id = writes.addActivity(db, manager, activity(v2));
    expect(count('SELECT 1 FROM activity_goals WHERE activity_id = ?', id)).toBe(1);
    const event = one<{ kind: string; detail: string }>(`SELECT kind, detail FROM plan_events WHERE plan_id = ? ORDER BY id DESC LIMIT 1`, v2);
    expect(event.kind).toBe('activity_added');
    expect(JSON.parse(event.detail).after.title).toBe('Språkutvecklande arbetssätt');
    expect(count(`SELECT 1 FROM audit_log WHERE object_id = ? AND action = 'plan.activity_added'`, v2)).toBe(1);
  });

  it('refuses a goal of another administration, an owner from elsewhere and a foreign indicator, writing nothing', () => {
    const before = writesOf();
    expect(() => writes.addActivity(db, manager, activity(v2, { goalIds: [ownGoal(), foreignGoal()] }))).toThrow(expect.objectContaining({ messageKey: 'plans.errors.goalOutsideChain', field: 'goalIds' }));
    expect(() => writes.addActivity(db, manager, activity(v2, { ownerPersonId: director.personId }))).toThrow(expect.objectContaining({ field: 'ownerPersonId' }));
    const foreignIndicator = one<{ id: number }>(`SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.code = 'KF 3' AND g.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open' AND municipality_id = 1)`).id;
    expect(() => writes.addActivity(db, manager, activity(v2, { indicatorId: foreignIndicator }))).toThrow(expect.objectContaining({ field: 'indicatorId' }));
    expect(writesOf()).toBe(before);
  });

  it('tells the second of two saves from the same revision that the plan changed, and keeps only the first', () => {
    const stale = activity(v2, { title: 'Första' });
    writes.addActivity(db, manager, stale);
    const before = writesOf();
    expect(() => writes.addActivity(db, manager, { ...stale, title: 'Andra' })).toThrow(ConflictError);
    expect(writesOf()).toBe(before);
    expect(count(`SELECT 1 FROM activities WHERE plan_id = ? AND title = 'Andra'`, v2)).toBe(0);
  });

  it('records what changed in an activity', () => {
    const id = one<{ id: number }>(`SELECT id FROM activities WHERE plan_id = ? AND title = 'Första'`, v2).id;
    writes.updateActivity(db, manager, { ...activity(v2, { title: 'Första, omarbetad', endDate: '2026-08-31' }), activityId: id });
    const detail = JSON.parse(one<{ detail: string }>(`SELECT detail FROM plan_events WHERE plan_id = ? AND kind = 'activity_changed'`, v2).detail);
    expect(detail.changes.map((c: { field: string }) => c.field)).toEqual(['title', 'endDate']);
  });

  it('refuses every write by the unit’s employee, a politician and another unit’s manager', async () => {
    const before = writesOf();
    for (const outsider of [employee, politician, otherManager]) {
      expect(() => writes.addActivity(db, outsider, activity(v2))).toThrow(ForbiddenError);
      expect(() => writes.submitPlan(db, outsider, ref(v2))).toThrow(ForbiddenError);
      // They may still read it: plans are public documents.
      expect((await getPlanPage(db, outsider, String(v2))).rights).toMatchObject({ canWrite: false, canEdit: false, canDecide: false });
    }
    expect(() => writes.addActivity(db, manager, { ...activity(v2), planId: 999_999 })).toThrow(NotFoundError);
    expect(writesOf()).toBe(before);
  });

  it('treats another municipality’s plan as missing for every write, even by its own kind of manager, writing nothing', async () => {
    const norrvikManager = viewerOf('enhetschef@norrvik.se');
    const norrvikUnit = norrvikManager.roles.find((r) => r.role === 'unit_manager')!.orgUnitId!;
    const norrvikPlan = one<{ id: number }>(`SELECT p.id FROM action_plans p WHERE p.unit_id = ? AND p.is_current = 1 AND p.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open' AND municipality_id = 2)`, norrvikUnit).id;
    const norrvikActivity = one<{ id: number }>('SELECT id FROM activities WHERE plan_id = ? LIMIT 1', norrvikPlan).id;
    const before = writesOf();
    for (const sjovik of [manager, director, viewerOf('kommundirektor@sjovik.se'), viewerOf('admin@sjovik.se')]) {
      expect(() => writes.addActivity(db, sjovik, activity(norrvikPlan))).toThrow(NotFoundError);
      expect(() => writes.updateActivity(db, sjovik, { ...activity(norrvikPlan), activityId: norrvikActivity })).toThrow(NotFoundError);
      expect(() => writes.removeActivity(db, sjovik, { ...ref(norrvikPlan), activityId: norrvikActivity })).toThrow(NotFoundError);
      expect(() => writes.submitPlan(db, sjovik, ref(norrvikPlan))).toThrow(NotFoundError);
      expect(() => writes.approvePlan(db, sjovik, ref(norrvikPlan))).toThrow(NotFoundError);
      expect(() => writes.returnPlan(db, sjovik, { ...ref(norrvikPlan), comment: 'Nej' })).toThrow(NotFoundError);
      expect(() => writes.startNewVersion(db, sjovik, ref(norrvikPlan))).toThrow(NotFoundError);
      expect(() => writes.createPlan(db, sjovik, { unitId: norrvikUnit })).toThrow(NotFoundError);
      await expect(getPlanPage(db, sjovik, String(norrvikPlan))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(writesOf()).toBe(before);
  });

  it('removes a new activity but not one that employees’ assignments point to', () => {
    const fresh = writes.addActivity(db, manager, activity(v2, { title: 'Tas bort' }));
    writes.removeActivity(db, manager, { ...ref(v2), activityId: fresh });
    expect(count('SELECT 1 FROM activities WHERE id = ?', fresh)).toBe(0);
    expect(one<{ kind: string; comment: string }>('SELECT kind, comment FROM plan_events WHERE plan_id = ? ORDER BY id DESC LIMIT 1', v2)).toEqual({ kind: 'activity_removed', comment: 'Tas bort' });
    const linked = one<{ id: number }>('SELECT activity_id AS id FROM assignment_activities aa JOIN activities a ON a.id = aa.activity_id WHERE a.plan_id = ? LIMIT 1', approvedPlanId).id;
    // The copy in version 2 has no links of its own; the linked one is version 1's, which is locked.
    expect(() => writes.removeActivity(db, manager, { ...ref(approvedPlanId), activityId: linked })).toThrow(expect.objectContaining({ messageKey: 'plans.errors.locked' }));
    // In a seeded draft, an activity employees link to stays: removing it would change their assignments.
    const draft = one<{ planId: number; unitId: number; activityId: number }>(
      `SELECT p.id AS planId, p.unit_id AS unitId, a.id AS activityId FROM action_plans p JOIN org_units u ON u.id = p.unit_id JOIN activities a ON a.plan_id = p.id JOIN assignment_activities aa ON aa.activity_id = a.id
       WHERE p.status = 'draft' AND p.is_current = 1 AND u.municipality_id = 1 LIMIT 1`,
    );
    const draftManager: Viewer = { personId: 1, municipalityId: 1, name: 'Chef', roles: [{ role: 'unit_manager', orgUnitId: draft.unitId }] };
    expect(() => writes.removeActivity(db, draftManager, { ...ref(draft.planId), activityId: draft.activityId })).toThrow(expect.objectContaining({ messageKey: 'plans.errors.activityInUse' }));
    expect(count('SELECT 1 FROM activities WHERE id = ?', draft.activityId)).toBe(1);
    // An activity of another plan is not found through this one.
    expect(() => writes.removeActivity(db, manager, { ...ref(v2), activityId: linked })).toThrow(NotFoundError);
  });

  it('creates a unit’s first plan for the year once, for its own manager only', () => {
    const parent = one<{ parentId: number }>('SELECT parent_id AS parentId FROM org_units WHERE id = ?', unitId).parentId;
    const newUnit = Number(db.$client.prepare(`INSERT INTO org_units (municipality_id, parent_id, kind, side, name) VALUES (1, ?, 'unit', 'administrative', 'Nya förskolan')`).run(parent).lastInsertRowid);
    const newManager: Viewer = { ...manager, roles: [...manager.roles, { role: 'unit_manager', orgUnitId: newUnit }] };
    const id = writes.createPlan(db, newManager, { unitId: newUnit });
    expect(one<{ status: string; version: number }>('SELECT status, version FROM action_plans WHERE id = ?', id)).toEqual({ status: 'draft', version: 1 });
    expect(count(`SELECT 1 FROM plan_events WHERE plan_id = ? AND kind = 'created'`, id)).toBe(1);
    expect(() => writes.createPlan(db, newManager, { unitId: newUnit })).toThrow(expect.objectContaining({ messageKey: 'plans.errors.planExists' }));
    expect(() => writes.createPlan(db, employee, { unitId: newUnit })).toThrow(NotFoundError);
  });

  it('runs submit → return with comment → resubmit → approve, and the manager cannot decide', async () => {
    writes.submitPlan(db, manager, ref(v2));
    expect(() => writes.approvePlan(db, manager, ref(v2))).toThrow(ForbiddenError);
    expect(() => writes.addActivity(db, manager, activity(v2))).toThrow(expect.objectContaining({ messageKey: 'plans.errors.locked' }));
    writes.returnPlan(db, director, { ...ref(v2), comment: 'Koppla aktiviteterna tydligare till målen' });
    expect(one<{ status: string; c: string }>('SELECT status, decision_comment AS c FROM action_plans WHERE id = ?', v2)).toEqual({ status: 'returned', c: 'Koppla aktiviteterna tydligare till målen' });
    writes.submitPlan(db, manager, ref(v2));
    expect(writes.approvePlan(db, director, ref(v2))).toEqual({ planYearId: one<{ id: number }>('SELECT plan_year_id AS id FROM action_plans WHERE id = ?', v2).id });
    const kinds = (db.$client.prepare('SELECT kind FROM plan_events WHERE plan_id = ? ORDER BY id').all(v2) as { kind: string }[]).map((e) => e.kind);
    expect(kinds.slice(-4)).toEqual(['submitted', 'returned', 'submitted', 'approved']);
    const page = await getPlanPage(db, manager, String(v2));
    expect(page.rights).toMatchObject({ canEdit: false, canStartNewVersion: true });
    expect(page.versions.map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('the plans list', () => {
  it('gives the director the submitted plans below their administration, a page at a time', async () => {
    const administrationId = director.roles.find((r) => r.role === 'administration_director')!.orgUnitId!;
    const expected = count(
      `WITH RECURSIVE below(id) AS (SELECT id FROM org_units WHERE parent_id = ? UNION ALL SELECT o.id FROM org_units o JOIN below ON o.parent_id = below.id)
       SELECT 1 FROM action_plans p WHERE p.unit_id IN (SELECT id FROM below) AND p.is_current = 1 AND p.status = 'submitted' AND p.plan_year_id = (SELECT id FROM plan_years WHERE status = 'open' AND municipality_id = 1)`,
      administrationId,
    );
    expect(expected).toBeGreaterThan(0);
    const list = await listPlansToActOn(db, director, 1);
    expect(list.awaiting).toMatchObject({ isDecider: true, total: expected });
    expect(list.awaiting.rows).toHaveLength(Math.min(expected, list.pageSize));
    expect((await listPlansToActOn(db, director, 999)).page).toBe(Math.ceil(expected / list.pageSize));
  });

  it('gives the manager their unit’s current plan and the employee a link to it, deciding nothing', async () => {
    const mine = await listPlansToActOn(db, manager, 1);
    expect(mine.own).toEqual([expect.objectContaining({ unitId, status: expect.any(String) })]);
    expect(mine.myUnitPlan).toBeNull();
    expect(mine.awaiting.isDecider).toBe(false);
    const theirs = await listPlansToActOn(db, employee, 1);
    expect(theirs.own).toEqual([]);
    expect(theirs.myUnitPlan?.id).toBe(mine.own[0]!.id);
  });
});
