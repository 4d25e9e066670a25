import { describe, expect, it } from 'vitest';
import { boardGoalSchema, councilGoalSchema, indicatorSchema, visionSchema } from './validation';

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('goal forms', () => {
  it('accepts a council goal and normalises the paragraph', () => {
    const r = councilGoalSchema.parse({ planYearId: '3', code: ' KF 6 ', title: 'Trygg uppväxt', description: '', status: 'adopted', decidedOn: '2026-11-20', paragraph: '12' });
    expect(r).toMatchObject({ planYearId: 3, code: 'KF 6', description: null, paragraph: '§ 12' });
  });

  it('names the field of each mistake with a catalogue key', () => {
    const r = councilGoalSchema.safeParse({ planYearId: '3', code: '', title: '   ', status: 'adopted', decidedOn: '2026-02-30', paragraph: 'tolv' });
    expect(errorsOf(r)).toEqual({ code: 'validation.required', title: 'validation.required', decidedOn: 'validation.invalidDate', paragraph: 'goals.validation.paragraph' });
  });

  it('requires at least one parent goal and the board decision for a board goal', () => {
    const base = { planYearId: '3', boardId: '4', code: 'BUN 3', title: 'Fler läser', status: 'adopted' };
    expect(errorsOf(boardGoalSchema.safeParse({ ...base, level: 'board', decidedOn: '2026-12-10', paragraph: '§ 4' }))).toEqual({ parentIds: 'goals.validation.chooseParent' });
    expect(errorsOf(boardGoalSchema.safeParse({ ...base, level: 'board', parentIds: ['7'] }))).toEqual({ decidedOn: 'validation.required', paragraph: 'validation.required' });
    expect(boardGoalSchema.parse({ ...base, level: 'administration', parentIds: ['7', '8'] })).toMatchObject({ parentIds: [7, 8], decision: null });
    expect(errorsOf(boardGoalSchema.safeParse({ ...base, level: 'board', parentIds: ['x'], decidedOn: '2026-12-10', paragraph: '4' }))).toEqual({ 'parentIds.0': 'validation.invalidId' });
  });

  it('reads Swedish numbers and checks the Kolada id', () => {
    const base = { goalId: '5', name: 'Andel behöriga', unit: '%', baselineYear: '2025', direction: 'increase', source: 'Kolada' };
    expect(indicatorSchema.parse({ ...base, baseline: '1 234,5', target: '90', koladaKpiId: 'n15419' })).toMatchObject({ baseline: 1234.5, target: 90, koladaKpiId: 'N15419' });
    expect(indicatorSchema.parse({ ...base, baseline: '1', target: '2', koladaKpiId: '' }).koladaKpiId).toBeNull();
    expect(errorsOf(indicatorSchema.safeParse({ ...base, baseline: '1', target: 'nittio', koladaKpiId: 'KPI-1' }))).toEqual({ target: 'validation.invalidNumber', koladaKpiId: 'goals.validation.kolada' });
  });

  it('skips the blank new ledord row and requires both name and description otherwise', () => {
    const base = { statement: 'Sjövik 2040', valueIds: ['4', 'ny'], valueDescriptions: ['Vi lyssnar.', ''] };
    expect(visionSchema.parse({ ...base, valueNames: ['Dialog', ''] }).values).toEqual([{ id: 4, name: 'Dialog', description: 'Vi lyssnar.' }]);
    expect(errorsOf(visionSchema.safeParse({ ...base, statement: ' ', valueNames: ['', 'Mod'] }))).toEqual({ statement: 'validation.required', valueNames: 'goals.validation.valueIncomplete' });
    expect(errorsOf(visionSchema.safeParse({ ...base, valueIds: ['x', 'ny'], valueNames: ['Dialog', ''] }))).toEqual({ valueNames: 'validation.invalidId' });
  });
});
