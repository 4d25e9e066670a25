'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { addActivity, approvePlan, removeActivity, returnPlan, startNewVersion, submitPlan, updateActivity } from '@/features/plans/mutations';
import { validatedAction } from '@/lib/actions/validated-action';
import { refreshRollups } from '@/features/rollup/refresh';
import { activityRemoveSchema, activitySchema, activityUpdateSchema, planRefSchema, returnPlanSchema } from '@/features/plans/validation';

// Thin on purpose: the data access layer checks who may do what; these validate, call and refresh.
const planPath = (planId: number) => `/handlingsplaner/${planId}`;

export const addActivityAction = validatedAction(activitySchema, async (data, viewer) => {
  addActivity(getDb(), viewer, data);
  revalidatePath(planPath(data.planId));
  return { ok: true, message: 'plans.saved.activityAdded' };
});

export const updateActivityAction = validatedAction(activityUpdateSchema, async (data, viewer) => {
  updateActivity(getDb(), viewer, data);
  revalidatePath(planPath(data.planId));
  redirect(planPath(data.planId));
});

export const removeActivityAction = validatedAction(activityRemoveSchema, async (data, viewer) => {
  removeActivity(getDb(), viewer, data);
  revalidatePath(planPath(data.planId));
  redirect(planPath(data.planId));
});

export const submitPlanAction = validatedAction(planRefSchema, async (data, viewer) => {
  submitPlan(getDb(), viewer, data);
  revalidatePath(planPath(data.planId));
  revalidatePath('/handlingsplaner');
  return { ok: true, message: 'plans.saved.submitted' };
});

export const approvePlanAction = validatedAction(planRefSchema, async (data, viewer) => {
  const db = getDb();
  const { planYearId } = approvePlan(db, viewer, data);
  after(() => refreshRollups(db, planYearId));
  revalidatePath(planPath(data.planId));
  revalidatePath('/handlingsplaner');
  return { ok: true, message: 'plans.saved.approved' };
});

export const returnPlanAction = validatedAction(returnPlanSchema, async (data, viewer) => {
  returnPlan(getDb(), viewer, data);
  revalidatePath(planPath(data.planId));
  revalidatePath('/handlingsplaner');
  return { ok: true, message: 'plans.saved.returned' };
});

export const newVersionAction = validatedAction(planRefSchema, async (data, viewer) => {
  const id = startNewVersion(getDb(), viewer, data);
  revalidatePath(planPath(data.planId));
  redirect(planPath(id));
});
