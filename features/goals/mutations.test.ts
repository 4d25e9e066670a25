import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/db', () => ({ getDb: () => { throw new Error('tests pass their own database'); } }));
vi.mock('@/lib/auth/viewer', () => ({ requireViewer: async () => { throw new Error('tests pass their own viewer'); } }));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { saveBoardGoalWith, saveCouncilGoalWith, saveIndicatorWith } = await import('./mutations');
const { closePlanYearWith, openNextPlanYearWith } = await import('@/features/plan-years/mutations');
const { saveVisionWith } = await import('./vision');
const { NotFoundError } = await import('@/lib/errors');
const { ForbiddenError, RuleError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;
type Viewer = import('@/lib/permissions').Viewer;

let db: Db;
const all = <T,>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T,>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;

const viewerOf = (email: string): Viewer => demoViewer(db, email);
const auditCount = () => one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n;
const years = () => all<{ id: number; year: number; status: string }>('SELECT id, year, status FROM plan_years ORDER BY year');
const boardByShort = (short: string) => one<{ id: number; servedBy: number }>("SELECT id, served_by_unit_id AS servedBy FROM org_units WHERE kind = 'board' AND short_name = ?", short);

function expectRule(fn: () => unknown, key: string, field?: string) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(RuleError);
    expect((err as InstanceType<typeof RuleError>).messageKey).toBe(key);
    expect((err as InstanceType<typeof RuleError>).field).toBe(field);
    return;
  }
  throw new Error('expected a RuleError');
}

beforeAll(async () => {
  db = await demoDatabase(1);
});
afterAll(() => db.$client.close());

describe('recording goals', () => {
  const council = () => viewerOf('admin@sjovik.se');
  const director = () => viewerOf('forvaltningschef@sjovik.se');
  const decision = { decidedOn: '2026-11-20', paragraph: '§ 12' };

  it('lets the municipal office record a council goal with its decision and indicator, each with an audit row', () => {
    const [, current] = years();
    const before = auditCount();
    const goalId = saveCouncilGoalWith(db, council(), { planYearId: current!.id, code: 'KF 9', title: 'Ökad läsförståelse', description: null, status: 'adopted', ...decision });
    saveIndicatorWith(db, council(), { goalId, name: 'Andel som läser', unit: '%', baseline: 70, baselineYear: 2025, target: 80, direction: 'increase', source: 'Kolada', koladaKpiId: 'N15419' });
    expect(auditCount()).toBe(before + 2);
    expect(one('SELECT d.paragraph, d.decided_on AS decidedOn FROM goals g JOIN decisions d ON d.id = g.decision_id WHERE g.id = ?', goalId)).toEqual({ paragraph: '§ 12', decidedOn: '2026-11-20' });
  });

  it('lets a director record their own board goal, and refuses another board or a parent from elsewhere', () => {
    const [previous, current] = years();
    const bun = boardByShort('BUN');
    const von = boardByShort('VON');
    const kf = one<{ id: number }>("SELECT id FROM goals WHERE plan_year_id = ? AND level = 'council' ORDER BY id", current!.id).id;
    const oldKf = one<{ id: number }>("SELECT id FROM goals WHERE plan_year_id = ? AND level = 'council' ORDER BY id", previous!.id).id;
    const base = { planYearId: current!.id, level: 'board' as const, description: null, status: 'adopted' as const, decision };
    const id = saveBoardGoalWith(db, director(), { ...base, boardId: bun.id, code: 'BUN 9', title: 'Fler läser', parentIds: [kf] });
    expect(all('SELECT contributes_to_goal_id AS p FROM goal_links WHERE goal_id = ?', id)).toEqual([{ p: kf }]);

    const before = auditCount();
    expect(() => saveBoardGoalWith(db, director(), { ...base, boardId: von.id, code: 'VON 9', title: 'Annan nämnd', parentIds: [kf] })).toThrow(ForbiddenError);
    expectRule(() => saveBoardGoalWith(db, director(), { ...base, boardId: bun.id, code: 'BUN 10', title: 'Fel år', parentIds: [oldKf] }), 'goals.validation.parentOutOfScope', 'parentIds');
    const vonGoal = one<{ id: number }>("SELECT id FROM goals WHERE plan_year_id = ? AND level = 'board' AND owner_unit_id = ?", current!.id, von.id).id;
    expectRule(() => saveBoardGoalWith(db, director(), { ...base, level: 'administration', boardId: bun.id, code: 'BUF 9', title: 'Fel nämnd', parentIds: [vonGoal] }), 'goals.validation.parentOutOfScope', 'parentIds');
    expect(auditCount()).toBe(before);
  });

  it('refuses every write by politicians', () => {
    const [, current] = years();
    for (const email of ['namndledamot@sjovik.se', 'kf-ledamot@sjovik.se', 'medarbetare@sjovik.se']) {
      expect(() => saveCouncilGoalWith(db, viewerOf(email), { planYearId: current!.id, code: 'KF 99', title: 'x', description: null, status: 'adopted', ...decision })).toThrow(ForbiddenError);
    }
  });

  it('refuses any change to a goal of a closed year', () => {
    const [previous] = years();
    expect(previous!.status).toBe('closed');
    const old = one<{ id: number; title: string }>("SELECT id, title FROM goals WHERE plan_year_id = ? AND level = 'council'", previous!.id);
    const before = auditCount();
    expectRule(() => saveCouncilGoalWith(db, council(), { goalId: old.id, planYearId: previous!.id, code: 'KF 1', title: 'Ändrad', description: null, status: 'adopted', ...decision }), 'goals.errors.yearClosed');
    expectRule(() => saveIndicatorWith(db, council(), { goalId: old.id, name: 'x', unit: '%', baseline: 1, baselineYear: 2024, target: 2, direction: 'increase', source: 'x', koladaKpiId: null }), 'goals.errors.yearClosed');
    expectRule(() => saveCouncilGoalWith(db, council(), { planYearId: previous!.id, code: 'KF 77', title: 'Nytt i stängt år', description: null, status: 'adopted', ...decision }), 'goals.errors.yearClosed');
    expect(one<{ title: string }>('SELECT title FROM goals WHERE id = ?', old.id).title).toBe(old.title);
    expect(auditCount()).toBe(before);
  });
});

describe('the vision and its ledord', () => {
  const values = () => all<{ id: number; name: string }>('SELECT id, name FROM guiding_values ORDER BY sort_order');

  it('are reworded and added to by the municipal office, with the old wording in the audit row', () => {
    const [first, ...rest] = values();
    const before = auditCount();
    saveVisionWith(db, viewerOf('kommundirektor@sjovik.se'), {
      statement: 'Sjövik 2040 – nära, grönt och öppet',
      description: null,
      values: [{ id: first!.id, name: 'Närhet', description: 'Vi finns nära invånarna.' }, { id: null, name: 'Mod', description: 'Vi prövar nytt.' }],
    });
    expect(one<{ statement: string }>('SELECT statement FROM visions').statement).toBe('Sjövik 2040 – nära, grönt och öppet');
    expect(values().map((v) => v.name)).toEqual(['Närhet', ...rest.map((v) => v.name), 'Mod']);
    expect(auditCount()).toBe(before + 1);
    expect(JSON.parse(one<{ detail: string }>("SELECT detail FROM audit_log WHERE action = 'vision.update'").detail).before.values[0].name).toBe(first!.name);
  });

  it('refuse a director and a ledord id that is not the vision’s own', () => {
    expect(() => saveVisionWith(db, viewerOf('forvaltningschef@sjovik.se'), { statement: 'x', description: null, values: [] })).toThrow(ForbiddenError);
    expect(() => saveVisionWith(db, viewerOf('admin@sjovik.se'), { statement: 'x', description: null, values: [{ id: 999999, name: 'a', description: 'b' }] })).toThrow(NotFoundError);
    expect(one<{ statement: string }>('SELECT statement FROM visions').statement).toBe('Sjövik 2040 – nära, grönt och öppet');
  });
});

describe('year rollover', () => {
  const snapshot = (planYearId: number) =>
    JSON.stringify([
      all('SELECT * FROM goals WHERE plan_year_id = ? ORDER BY id', planYearId),
      all('SELECT l.* FROM goal_links l JOIN goals g ON g.id = l.goal_id WHERE g.plan_year_id = ? ORDER BY 1, 2', planYearId),
      all('SELECT i.* FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_year_id = ? ORDER BY i.id', planYearId),
      all('SELECT * FROM action_plans WHERE plan_year_id = ? ORDER BY id', planYearId),
      all('SELECT a.* FROM activities a JOIN action_plans p ON p.id = a.plan_id WHERE p.plan_year_id = ? ORDER BY a.id', planYearId),
      all('SELECT ag.* FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id JOIN action_plans p ON p.id = a.plan_id WHERE p.plan_year_id = ? ORDER BY 1, 2', planYearId),
    ]);

  it('is refused to anyone but the municipal office', () => {
    expect(() => openNextPlanYearWith(db, viewerOf('forvaltningschef@sjovik.se'), { carryGoals: true, carryPlans: true })).toThrow(ForbiddenError);
  });

  it('copies goals, links, indicators and plans into the next year without changing the old year', () => {
    const [, current] = years();
    const before = snapshot(current!.id);
    const result = openNextPlanYearWith(db, viewerOf('admin@sjovik.se'), { carryGoals: true, carryPlans: true });
    expect(snapshot(current!.id)).toBe(before);
    expect(result.year).toBe(years()[1]!.year + 1);

    const oldGoals = all<{ id: number }>('SELECT id FROM goals WHERE plan_year_id = ?', current!.id).length;
    const newGoals = all<{ status: string; decision: number | null; from: number | null }>('SELECT status, decision_id AS decision, carried_from_goal_id AS "from" FROM goals WHERE plan_year_id = ?', result.planYearId);
    expect(newGoals).toHaveLength(oldGoals);
    expect(newGoals.every((g) => g.status === 'draft' && g.decision === null && g.from !== null)).toBe(true);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM follow_up_periods WHERE plan_year_id = ?', result.planYearId).n).toBe(13);
    // Every carried link and activity–goal pair stays inside the new year.
    expect(one<{ n: number }>('SELECT count(*) AS n FROM goal_links l JOIN goals g ON g.id = l.goal_id JOIN goals p ON p.id = l.contributes_to_goal_id WHERE g.plan_year_id = ? AND p.plan_year_id != ?', result.planYearId, result.planYearId).n).toBe(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM goal_links l JOIN goals g ON g.id = l.goal_id WHERE g.plan_year_id = ?', result.planYearId).n).toBeGreaterThan(0);
    expect(result.plans).toBeGreaterThan(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM activity_goals ag JOIN activities a ON a.id = ag.activity_id JOIN action_plans p ON p.id = a.plan_id JOIN goals g ON g.id = ag.goal_id WHERE p.plan_year_id = ? AND g.plan_year_id != ?', result.planYearId, result.planYearId).n).toBe(0);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM action_plans WHERE plan_year_id = ? AND status != 'draft'", result.planYearId).n).toBe(0);
  });

  it('closes a year, after which its goals cannot be edited', () => {
    const latest = years().at(-1)!;
    closePlanYearWith(db, viewerOf('admin@sjovik.se'), latest.id);
    expect(years().at(-1)!.status).toBe('closed');
    const goal = one<{ id: number }>('SELECT id FROM goals WHERE plan_year_id = ? AND level = ?', latest.id, 'council');
    expectRule(() => saveCouncilGoalWith(db, viewerOf('admin@sjovik.se'), { goalId: goal.id, planYearId: latest.id, code: 'KF 1', title: 'x', description: null, status: 'adopted', decidedOn: '2026-01-01', paragraph: '§ 1' }), 'goals.errors.yearClosed');
  });
});
