'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { createPlan } from '@/features/plans/mutations';
import { validatedAction } from '@/lib/actions/validated-action';
import { createPlanSchema } from '@/features/plans/validation';

export const createPlanAction = validatedAction(createPlanSchema, async (data, viewer) => {
  const id = createPlan(getDb(), viewer, data);
  redirect(`/handlingsplaner/${id}`);
});
