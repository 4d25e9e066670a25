import { z } from 'zod';
import { idField } from '@/lib/actions/fields';
import { isCalendarDate } from '@/lib/dates/calendar-date';
import { GOAL_STATUSES, INDICATOR_DIRECTIONS } from '@/lib/domain/goals';

/**
 * Schemas shared by the goal forms and their actions. Messages are catalogue keys, so the form
 * shows them in Swedish next to the field they belong to.
 */
const required = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .optional()
    .transform((v) => (v ? v : null));

/** Swedish numbers use a decimal comma and often a space between thousands: "1 234,5". */
export const decimalField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .transform((v, ctx) => {
    const n = Number(
      v
        .replace(/[\s\u00a0]/g, '')
        .replace(',', '.')
        .replace('−', '-'),
    );
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: 'validation.invalidNumber' });
      return z.NEVER;
    }
    return n;
  });

const isoDate = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalidDate' })
  .refine(isCalendarDate, { error: 'validation.invalidDate' });

/** "§ 12", "12", "§12" all become "§ 12". */
const paragraph = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .regex(/^§?\s*\d{1,4}[a-z]?$/i, { error: 'goals.validation.paragraph' })
  .transform((v) => `§ ${v.replace(/^§?\s*/, '')}`);

const goalFields = {
  code: required(20),
  title: required(300),
  description: optionalText(4000),
  status: z.enum(GOAL_STATUSES, { error: 'validation.invalidChoice' }),
};

export const councilGoalSchema = z.object({
  goalId: idField.optional(),
  planYearId: idField,
  ...goalFields,
  decidedOn: isoDate,
  paragraph,
});
export type CouncilGoalInput = z.infer<typeof councilGoalSchema>;

/**
 * A board goal (owned by the board) or an administration goal (owned by the administration that
 * serves it); either contributes to at least one goal one level up, in the same plan year.
 */
export const boardGoalSchema = z
  .object({
    goalId: idField.optional(),
    planYearId: idField,
    level: z.enum(['board', 'administration'], { error: 'validation.invalidChoice' }),
    boardId: idField,
    ...goalFields,
    parentIds: z.array(idField, { error: 'goals.validation.chooseParent' }).min(1, { error: 'goals.validation.chooseParent' }),
    decidedOn: z.string().trim().optional(),
    paragraph: z.string().trim().optional(),
  })
  .transform((v, ctx) => {
    // The board adopts its goals; an administration's breakdown may be decided by the director alone.
    const hasDecision = Boolean(v.decidedOn || v.paragraph);
    if (v.level === 'board' || hasDecision) {
      const d = isoDate.safeParse(v.decidedOn ?? '');
      const p = paragraph.safeParse(v.paragraph ?? '');
      if (!d.success) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: d.error.issues[0]?.message ?? 'validation.invalidDate' });
      if (!p.success) ctx.addIssue({ code: 'custom', path: ['paragraph'], message: p.error.issues[0]?.message ?? 'goals.validation.paragraph' });
      if (!d.success || !p.success) return z.NEVER;
      return { ...v, decision: { decidedOn: d.data, paragraph: p.data } };
    }
    return { ...v, decision: null };
  });
export type BoardGoalInput = z.infer<typeof boardGoalSchema>;

/** Kolada's key figures are a capital letter and five digits, e.g. N15419 or U07451. */
const KOLADA_KPI_PATTERN = /^[A-Z]\d{5}$/;

export const indicatorSchema = z.object({
  goalId: idField,
  indicatorId: idField.optional(),
  name: required(200),
  unit: required(30),
  baseline: decimalField,
  baselineYear: z.coerce.number({ error: 'validation.invalidYear' }).int({ error: 'validation.invalidYear' }).min(1990, { error: 'validation.invalidYear' }).max(2100, { error: 'validation.invalidYear' }),
  target: decimalField,
  direction: z.enum(INDICATOR_DIRECTIONS, { error: 'validation.invalidChoice' }),
  source: required(200),
  koladaKpiId: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v === '' || KOLADA_KPI_PATTERN.test(v), { error: 'goals.validation.kolada' })
    .optional()
    .transform((v) => (v ? v : null)),
});
export type IndicatorInput = z.infer<typeof indicatorSchema>;

export const openPlanYearSchema = z.object({
  carryGoals: z.literal('on').optional().transform(Boolean),
  carryPlans: z.literal('on').optional().transform(Boolean),
});

export type OpenPlanYearInput = z.infer<typeof openPlanYearSchema>;

export const closePlanYearSchema = z.object({ planYearId: idField });
export type ClosePlanYearInput = z.infer<typeof closePlanYearSchema>;

/**
 * The vision statement and its ledord. Each ledord row arrives as three aligned arrays; the last,
 * empty row is the form's "add one" row and is skipped when left blank.
 */
export const visionSchema = z
  .object({
    // Checked in the transform below, so that its message and the ledord's show together.
    statement: z.string().default(''),
    description: z.string().default(''),
    valueIds: z.array(z.string()).default([]),
    valueNames: z.array(z.string()).default([]),
    valueDescriptions: z.array(z.string()).default([]),
  })
  .transform((v, ctx) => {
    if (v.valueIds.length !== v.valueNames.length || v.valueIds.length !== v.valueDescriptions.length) {
      ctx.addIssue({ code: 'custom', path: ['valueNames'], message: 'validation.invalidId' });
      return z.NEVER;
    }
    const statement = v.statement.trim();
    const description = v.description.trim();
    if (!statement) ctx.addIssue({ code: 'custom', path: ['statement'], message: 'validation.required' });
    if (statement.length > 300) ctx.addIssue({ code: 'custom', path: ['statement'], message: 'validation.tooLong' });
    if (description.length > 2000) ctx.addIssue({ code: 'custom', path: ['description'], message: 'validation.tooLong' });
    const values: { id: number | null; name: string; description: string }[] = [];
    v.valueIds.forEach((rawId, i) => {
      const name = v.valueNames[i]!.trim();
      const description = v.valueDescriptions[i]!.trim();
      const id = rawId === 'ny' ? null : Number(rawId);
      if (id !== null && !(Number.isSafeInteger(id) && id > 0)) ctx.addIssue({ code: 'custom', path: ['valueNames'], message: 'validation.invalidId' });
      if (id === null && !name && !description) return;
      if (!name || !description) ctx.addIssue({ code: 'custom', path: ['valueNames'], message: 'goals.validation.valueIncomplete' });
      if (name.length > 60 || description.length > 500) ctx.addIssue({ code: 'custom', path: ['valueNames'], message: 'validation.tooLong' });
      values.push({ id, name, description });
    });
    return { statement, description: description || null, values };
  });
export type VisionInput = z.infer<typeof visionSchema>;
