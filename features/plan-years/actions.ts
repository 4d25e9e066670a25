'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { closePlanYear, openNextPlanYear } from '@/features/plan-years/mutations';
import { closePlanYearSchema, openPlanYearSchema } from '@/features/goals/validation';

export const openPlanYearAction = validatedAction(openPlanYearSchema, async (data, viewer) => {
  openNextPlanYear(getDb(), viewer, data);
  revalidatePath('/planar');
  revalidatePath('/mal');
  return { ok: true, message: 'planYears.opened' };
});

export const closePlanYearAction = validatedAction(closePlanYearSchema, async (data, viewer) => {
  closePlanYear(getDb(), viewer, data);
  revalidatePath('/planar');
  return { ok: true, message: 'planYears.closed' };
});
