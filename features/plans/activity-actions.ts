'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { addActivity, approvePlan, removeActivity, returnPlan, startNewVersion, submitPlan, updateActivity } from '@/features/plans/mutations';
import { validatedAction } from '@/lib/actions/validated-action';
import { refreshRollups } from '@/features/rollup/refresh';
import { activityRemoveSchema, activitySchema, activityUpdateSchema, planRefSchema, returnPlanSchema } from '@/features/plans/validation';

// Thin on purpose: the data access layer checks who may do what; these validate, call and refresh.
const planPath = (planId: number) => `/handlingsplaner/${planId}`;

export const addActivityAction = validatedAction(activitySchema, async (data) => {
  await addActivity(data);
  revalidatePath(planPath(data.planId));
  return { ok: true, message: 'plans.saved.activityAdded' };
});

export const updateActivityAction = validatedAction(activityUpdateSchema, async (data) => {
  await updateActivity(data);
  revalidatePath(planPath(data.planId));
  redirect(planPath(data.planId));
});

export const removeActivityAction = validatedAction(activityRemoveSchema, async (data) => {
  await removeActivity(data);
  revalidatePath(planPath(data.planId));
  redirect(planPath(data.planId));
});

export const submitPlanAction = validatedAction(planRefSchema, async (data) => {
  await submitPlan(data);
  revalidatePath(planPath(data.planId));
  revalidatePath('/handlingsplaner');
  return { ok: true, message: 'plans.saved.submitted' };
});

export const approvePlanAction = validatedAction(planRefSchema, async (data) => {
  const { planYearId } = await approvePlan(data);
  after(() => refreshRollups(planYearId));
  revalidatePath(planPath(data.planId));
  revalidatePath('/handlingsplaner');
  return { ok: true, message: 'plans.saved.approved' };
});

export const returnPlanAction = validatedAction(returnPlanSchema, async (data) => {
  await returnPlan(data);
  revalidatePath(planPath(data.planId));
  revalidatePath('/handlingsplaner');
  return { ok: true, message: 'plans.saved.returned' };
});

export const newVersionAction = validatedAction(planRefSchema, async (data) => {
  const id = await startNewVersion(data);
  revalidatePath(planPath(data.planId));
  redirect(planPath(id));
});
