'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { approveReport, returnReport, saveAssessment, submitReport } from '@/features/reports/mutations';
import { reportPagePath } from '@/features/reports/paths';
import { approveReportSchema, assessmentSchema, reportStepSchema, returnReportSchema } from '@/features/reports/validation';

const refresh = (periodId: number, bodyId: number) => {
  revalidatePath(reportPagePath(periodId, bodyId));
  revalidatePath('/resultat/rapporter');
};

export const saveAssessmentAction = validatedAction(assessmentSchema, async (data, viewer) => {
  saveAssessment(getDb(), viewer, data);
  refresh(data.periodId, data.bodyId);
  return { ok: true, message: 'reports.form.saved' };
});

export const submitReportAction = validatedAction(reportStepSchema, async (data, viewer) => {
  submitReport(getDb(), viewer, data);
  refresh(data.periodId, data.bodyId);
  return { ok: true, message: 'reports.form.submitted' };
});

export const returnReportAction = validatedAction(returnReportSchema, async (data, viewer) => {
  returnReport(getDb(), viewer, data);
  refresh(data.periodId, data.bodyId);
  return { ok: true, message: 'reports.form.returned' };
});

export const approveReportAction = validatedAction(approveReportSchema, async (data, viewer) => {
  approveReport(getDb(), viewer, data);
  refresh(data.periodId, data.bodyId);
  return { ok: true, message: 'reports.form.approved' };
});
