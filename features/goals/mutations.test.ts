import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { saveBoardGoal, saveCouncilGoal, saveIndicator, saveVision } = await import('./mutations');
const { getVisionForm } = await import('./queries');
const { closePlanYear, openNextPlanYear } = await import('@/features/plan-years/mutations');
const { ForbiddenError, NotFoundError, RuleError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;
type Viewer = import('@/lib/permissions').Viewer;

let db: Db;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;

const viewerOf = (email: string): Viewer => demoViewer(db, email);
const auditCount = () => one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n;
const years = (municipalityId = 1) => all<{ id: number; year: number; status: string }>('SELECT id, year, status FROM plan_years WHERE municipality_id = ? ORDER BY year', municipalityId);
const boardByShort = (short: string, municipalityId = 1) => one<{ id: number; servedBy: number }>("SELECT id, served_by_unit_id AS servedBy FROM org_units WHERE kind = 'board' AND short_name = ? AND municipality_id = ?", short, municipalityId);

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
  db = await demoDatabase(1, { secondMunicipality: true });
});
afterAll(() => db.$client.close());

describe('recording goals', () => {
  const council = () => viewerOf('admin@sjovik.se');
  const director = () => viewerOf('forvaltningschef@sjovik.se');
  const decision = { decidedOn: '2026-11-20', paragraph: '§ 12' };

  it('lets the municipal office record a council goal with its decision and indicator, each with an audit row', () => {
    const [, current] = years();
    const before = auditCount();
    const goalId = saveCouncilGoal(db, council(), { planYearId: current!.id, code: 'KF 9', title: 'Ökad läsförståelse', description: null, status: 'adopted', ...decision });
    saveIndicator(db, council(), { goalId, name: 'Andel som läser', unit: '%', baseline: 70, baselineYear: 2025, target: 80, direction: 'increase', source: 'Kolada', koladaKpiId: 'N15419' });
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
    const id = saveBoardGoal(db, director(), { ...base, boardId: bun.id, code: 'BUN 9', title: 'Fler läser', parentIds: [kf] });
    expect(all('SELECT contributes_to_goal_id AS p FROM goal_links WHERE goal_id = ?', id)).toEqual([{ p: kf }]);

    const before = auditCount();
    expect(() => saveBoardGoal(db, director(), { ...base, boardId: von.id, code: 'VON 9', title: 'Annan nämnd', parentIds: [kf] })).toThrow(ForbiddenError);
    expectRule(() => saveBoardGoal(db, director(), { ...base, boardId: bun.id, code: 'BUN 10', title: 'Fel år', parentIds: [oldKf] }), 'goals.validation.parentOutOfScope', 'parentIds');
    const vonGoal = one<{ id: number }>("SELECT id FROM goals WHERE plan_year_id = ? AND level = 'board' AND owner_unit_id = ?", current!.id, von.id).id;
    expectRule(() => saveBoardGoal(db, director(), { ...base, level: 'administration', boardId: bun.id, code: 'BUF 9', title: 'Fel nämnd', parentIds: [vonGoal] }), 'goals.validation.parentOutOfScope', 'parentIds');
    expect(auditCount()).toBe(before);
  });

  it('treats another municipality’s goals, boards, years and indicators as missing, writing nothing', () => {
    const [, current] = years();
    const [, norrvikYear] = years(2);
    const norrvikGoal = one<{ id: number; title: string }>("SELECT id, title FROM goals WHERE plan_year_id = ? AND level = 'council' ORDER BY id", norrvikYear!.id);
    const norrvikIndicator = one<{ id: number }>('SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_year_id = ? LIMIT 1', norrvikYear!.id).id;
    const norrvikBoard = one<{ id: number }>("SELECT id FROM org_units WHERE kind = 'board' AND municipality_id = 2 LIMIT 1").id;
    const ownGoal = one<{ id: number }>("SELECT id FROM goals WHERE plan_year_id = ? AND level = 'council' ORDER BY id", current!.id).id;
    const indicator = { name: 'x', unit: '%', baseline: 1, baselineYear: 2025, target: 2, direction: 'increase' as const, source: 'x', koladaKpiId: null };
    const writes = () => auditCount() + one<{ n: number }>('SELECT (SELECT count(*) FROM goals) + (SELECT count(*) FROM indicators) + (SELECT count(*) FROM decisions) AS n').n;
    const before = writes();
    expect(() => saveCouncilGoal(db, council(), { goalId: norrvikGoal.id, planYearId: norrvikYear!.id, code: 'KF 1', title: 'Ändrad', description: null, status: 'adopted', ...decision })).toThrow(NotFoundError);
    expect(() => saveCouncilGoal(db, council(), { planYearId: norrvikYear!.id, code: 'KF 70', title: 'I fel kommun', description: null, status: 'adopted', ...decision })).toThrow(NotFoundError);
    expect(() => saveBoardGoal(db, director(), { planYearId: norrvikYear!.id, level: 'board', boardId: norrvikBoard, code: 'BUN 70', title: 'I fel kommun', description: null, status: 'adopted', parentIds: [norrvikGoal.id], decision })).toThrow(NotFoundError);
    expect(() => saveIndicator(db, council(), { goalId: norrvikGoal.id, ...indicator })).toThrow(NotFoundError);
    expect(() => saveIndicator(db, council(), { goalId: ownGoal, indicatorId: norrvikIndicator, ...indicator })).toThrow(NotFoundError);
    expect(writes()).toBe(before);
    expect(one<{ title: string }>('SELECT title FROM goals WHERE id = ?', norrvikGoal.id).title).toBe(norrvikGoal.title);
  });

  it('refuses every write by politicians', () => {
    const [, current] = years();
    for (const email of ['namndledamot@sjovik.se', 'kf-ledamot@sjovik.se', 'medarbetare@sjovik.se']) {
      expect(() => saveCouncilGoal(db, viewerOf(email), { planYearId: current!.id, code: 'KF 99', title: 'x', description: null, status: 'adopted', ...decision })).toThrow(ForbiddenError);
    }
  });

  it('refuses any change to a goal of a closed year', () => {
    const [previous] = years();
    expect(previous!.status).toBe('closed');
    const old = one<{ id: number; title: string }>("SELECT id, title FROM goals WHERE plan_year_id = ? AND level = 'council'", previous!.id);
    const before = auditCount();
    expectRule(() => saveCouncilGoal(db, council(), { goalId: old.id, planYearId: previous!.id, code: 'KF 1', title: 'Ändrad', description: null, status: 'adopted', ...decision }), 'goals.errors.yearClosed');
    expectRule(() => saveIndicator(db, council(), { goalId: old.id, name: 'x', unit: '%', baseline: 1, baselineYear: 2024, target: 2, direction: 'increase', source: 'x', koladaKpiId: null }), 'goals.errors.yearClosed');
    expectRule(() => saveCouncilGoal(db, council(), { planYearId: previous!.id, code: 'KF 77', title: 'Nytt i stängt år', description: null, status: 'adopted', ...decision }), 'goals.errors.yearClosed');
    expect(one<{ title: string }>('SELECT title FROM goals WHERE id = ?', old.id).title).toBe(old.title);
    expect(auditCount()).toBe(before);
  });
});

describe('the vision and its ledord', () => {
  const values = (municipalityId = 1) => all<{ id: number; name: string }>('SELECT g.id, g.name FROM guiding_values g JOIN visions v ON v.id = g.vision_id WHERE v.municipality_id = ? AND v.valid_to_year IS NULL ORDER BY g.sort_order', municipalityId);
  const statement = (municipalityId = 1) => one<{ statement: string }>('SELECT statement FROM visions WHERE municipality_id = ? AND valid_to_year IS NULL', municipalityId).statement;

  it('are reworded and added to by the municipal office, with the old wording in the audit row', () => {
    const [first, ...rest] = values();
    const before = auditCount();
    saveVision(db, viewerOf('kommundirektor@sjovik.se'), {
      statement: 'Sjövik 2040 – nära, grönt och öppet',
      description: null,
      values: [
        { id: first!.id, name: 'Närhet', description: 'Vi finns nära invånarna.' },
        { id: null, name: 'Mod', description: 'Vi prövar nytt.' },
      ],
    });
    expect(statement()).toBe('Sjövik 2040 – nära, grönt och öppet');
    expect(values().map((v) => v.name)).toEqual(['Närhet', ...rest.map((v) => v.name), 'Mod']);
    expect(auditCount()).toBe(before + 1);
    expect(JSON.parse(one<{ detail: string }>("SELECT detail FROM audit_log WHERE action = 'vision.update'").detail).before.values[0].name).toBe(first!.name);
  });

  it('refuse a director and a ledord id that is not the vision’s own, another municipality’s above all', () => {
    const norrvik = { statement: statement(2), values: values(2) };
    const before = auditCount();
    expect(() => saveVision(db, viewerOf('forvaltningschef@sjovik.se'), { statement: 'x', description: null, values: [] })).toThrow(ForbiddenError);
    expect(() => saveVision(db, viewerOf('admin@sjovik.se'), { statement: 'x', description: null, values: [{ id: 999999, name: 'a', description: 'b' }] })).toThrow(NotFoundError);
    expect(() => saveVision(db, viewerOf('admin@sjovik.se'), { statement: 'x', description: null, values: [{ id: norrvik.values[0]!.id, name: 'Övertaget', description: 'b' }] })).toThrow(NotFoundError);
    expect(statement()).toBe('Sjövik 2040 – nära, grönt och öppet');
    expect({ statement: statement(2), values: values(2) }).toEqual(norrvik);
    expect(auditCount()).toBe(before);
  });

  it('are shown in their form to the municipal office only, each its own municipality’s', async () => {
    const form = await getVisionForm(db, viewerOf('admin@sjovik.se'));
    expect(form.statement).toBe(statement());
    expect(form.values.map((v) => v.name)).toEqual(values().map((v) => v.name));
    expect((await getVisionForm(db, viewerOf('admin@norrvik.se'))).statement).toBe(statement(2));
    await expect(getVisionForm(db, viewerOf('forvaltningschef@sjovik.se'))).rejects.toBeInstanceOf(NotFoundError);
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
    expect(() => openNextPlanYear(db, viewerOf('forvaltningschef@sjovik.se'), { carryGoals: true, carryPlans: true })).toThrow(ForbiddenError);
  });

  it('copies goals, links, indicators and plans into the next year without changing the old year', () => {
    const [, current] = years();
    const before = snapshot(current!.id);
    const norrvik = JSON.stringify(years(2).map((y) => [y, snapshot(y.id)]));
    const result = openNextPlanYear(db, viewerOf('admin@sjovik.se'), { carryGoals: true, carryPlans: true });
    expect(snapshot(current!.id)).toBe(before);
    // The year is the office's own municipality's: the other one's years stay as they were.
    expect(JSON.stringify(years(2).map((y) => [y, snapshot(y.id)]))).toBe(norrvik);
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

  it('treats another municipality’s year as missing when closing, writing nothing', () => {
    const norrvikYear = years(2).at(-1)!;
    const before = auditCount();
    expect(() => closePlanYear(db, viewerOf('admin@sjovik.se'), { planYearId: norrvikYear.id })).toThrow(NotFoundError);
    expect(years(2).at(-1)).toEqual(norrvikYear);
    expect(auditCount()).toBe(before);
  });

  it('closes a year, after which its goals cannot be edited', () => {
    const latest = years().at(-1)!;
    closePlanYear(db, viewerOf('admin@sjovik.se'), { planYearId: latest.id });
    expect(years().at(-1)!.status).toBe('closed');
    const goal = one<{ id: number }>('SELECT id FROM goals WHERE plan_year_id = ? AND level = ?', latest.id, 'council');
    expectRule(() => saveCouncilGoal(db, viewerOf('admin@sjovik.se'), { goalId: goal.id, planYearId: latest.id, code: 'KF 1', title: 'x', description: null, status: 'adopted', decidedOn: '2026-01-01', paragraph: '§ 1' }), 'goals.errors.yearClosed');
  });
});
