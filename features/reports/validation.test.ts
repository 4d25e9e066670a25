import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { approveReportSchema, assessmentSchema, returnReportSchema } from './validation';

const errors = (r: { success: boolean; error?: z.ZodError }) => (r.success ? {} : z.flattenError(r.error!).fieldErrors);

describe('report inputs', () => {
  it('asks for a fulfilment and an analysis, each with its own message', () => {
    const r = assessmentSchema.safeParse({ periodId: '1', bodyId: '2', goalId: '3', unitId: '4', fulfilment: '', analysis: '  ' });
    expect(errors(r)).toEqual({ fulfilment: ['reports.errors.fulfilmentRequired'], analysis: ['reports.errors.analysisRequired'] });
  });
  it('takes an empty forecast (the annual report) or a fulfilment', () => {
    expect(assessmentSchema.parse({ periodId: '1', bodyId: '2', goalId: '3', unitId: '4', fulfilment: 'fulfilled', analysis: 'Bra.' }).forecast).toBe('');
    expect(assessmentSchema.parse({ periodId: '1', bodyId: '2', goalId: '3', unitId: '4', fulfilment: 'fulfilled', forecast: 'not_fulfilled', analysis: 'Bra.' }).forecast).toBe('not_fulfilled');
  });
  it('wants a decision date, a paragraph like “§ 87” and a title to approve', () => {
    expect(errors(approveReportSchema.safeParse({ periodId: '1', bodyId: '2', decidedOn: '2026-02-30', paragraph: '87', title: '' }))).toEqual({
      decidedOn: ['reports.errors.decidedOnInvalid'],
      paragraph: ['reports.errors.paragraphInvalid'],
      title: ['reports.errors.titleRequired'],
    });
    expect(approveReportSchema.parse({ periodId: '1', bodyId: '2', decidedOn: '2026-12-10', paragraph: '§ 87', title: 'Årsredovisning' }).paragraph).toBe('§ 87');
  });
  it('wants a comment to return a report', () => {
    expect(errors(returnReportSchema.safeParse({ periodId: '1', bodyId: '2', comment: '' }))).toEqual({ comment: ['reports.errors.commentRequired'] });
  });
});
