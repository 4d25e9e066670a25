'use server';

import { redirect } from 'next/navigation';
import { createPlan } from '@/lib/dal/action-plan-writes';
import { validatedAction } from '@/lib/actions/validated-action';
import { createPlanSchema } from '@/lib/validation/action-plans';

export const createPlanAction = validatedAction(createPlanSchema, async (data) => {
  const id = await createPlan(data.unitId);
  redirect(`/handlingsplaner/${id}`);
});
