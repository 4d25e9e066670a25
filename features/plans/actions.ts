'use server';

import { redirect } from 'next/navigation';
import { createPlan } from '@/features/plans/mutations';
import { validatedAction } from '@/lib/actions/validated-action';
import { createPlanSchema } from '@/features/plans/validation';

export const createPlanAction = validatedAction(createPlanSchema, async (data) => {
  const id = await createPlan(data.unitId);
  redirect(`/handlingsplaner/${id}`);
});
