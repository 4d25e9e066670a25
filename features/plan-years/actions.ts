'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { closePlanYear, openNextPlanYear } from '@/features/plan-years/mutations';
import { closePlanYearSchema, openPlanYearSchema } from '@/features/goals/validation';

export const openPlanYearAction = validatedAction(openPlanYearSchema, async (data) => {
  await openNextPlanYear(data);
  revalidatePath('/planar');
  revalidatePath('/mal');
  return { ok: true, message: 'planYears.opened' };
});

export const closePlanYearAction = validatedAction(closePlanYearSchema, async (data) => {
  await closePlanYear(data.planYearId);
  revalidatePath('/planar');
  return { ok: true, message: 'planYears.closed' };
});
