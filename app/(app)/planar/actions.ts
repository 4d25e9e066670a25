'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { closePlanYear, openNextPlanYear } from '@/lib/dal/plan-year-writes';
import { closePlanYearSchema, openPlanYearSchema } from '@/lib/validation/goals';

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
