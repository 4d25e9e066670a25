import { z } from 'zod';
import { idField } from '@/lib/actions/fields';
import { isCalendarDate } from '@/lib/dates/calendar-date';
import { FULFILMENTS } from '@/lib/domain/fulfilment';

/** Inputs of the report cycle, shared by the forms and their actions. Messages are catalogue keys. */

const isoDate = z
  .string({ error: 'reports.errors.decidedOnRequired' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'reports.errors.decidedOnInvalid' })
  .refine(isCalendarDate, { error: 'reports.errors.decidedOnInvalid' });

const ANALYSIS_MAX = 4000;

const fulfilment = z.enum(FULFILMENTS, { error: 'reports.errors.fulfilmentRequired' });

/** One level's assessment of one goal: the unit's, the administration's, the board's or KS's. */
export const assessmentSchema = z.object({
  periodId: idField,
  bodyId: idField,
  goalId: idField,
  /** The unit, administration or body whose assessment it is. */
  unitId: idField,
  fulfilment,
  /** Only the interim report asks for it; the action checks that. */
  forecast: z
    .union([z.literal(''), fulfilment], { error: 'reports.errors.forecastRequired' })
    .optional()
    .default(''),
  analysis: z.string({ error: 'reports.errors.analysisRequired' }).trim().min(1, { error: 'reports.errors.analysisRequired' }).max(ANALYSIS_MAX, { error: 'reports.errors.analysisTooLong' }),
});
export type AssessmentInput = z.infer<typeof assessmentSchema>;

export const reportStepSchema = z.object({ periodId: idField, bodyId: idField });
export type ReportStepInput = z.infer<typeof reportStepSchema>;

export const returnReportSchema = reportStepSchema.extend({
  comment: z.string({ error: 'reports.errors.commentRequired' }).trim().min(1, { error: 'reports.errors.commentRequired' }).max(2000, { error: 'reports.errors.commentTooLong' }),
});
export type ReturnReportInput = z.infer<typeof returnReportSchema>;

export const approveReportSchema = reportStepSchema.extend({
  decidedOn: isoDate,
  paragraph: z
    .string({ error: 'reports.errors.paragraphRequired' })
    .trim()
    .min(1, { error: 'reports.errors.paragraphRequired' })
    .max(20, { error: 'reports.errors.paragraphInvalid' })
    .regex(/^§\s?\d+[a-z]?$/i, { error: 'reports.errors.paragraphInvalid' }),
  title: z.string({ error: 'reports.errors.titleRequired' }).trim().min(1, { error: 'reports.errors.titleRequired' }).max(300, { error: 'reports.errors.titleTooLong' }),
});
export type ApproveReportInput = z.infer<typeof approveReportSchema>;
