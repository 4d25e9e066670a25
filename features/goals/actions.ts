'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { saveBoardGoal, saveCouncilGoal, saveIndicator } from '@/features/goals/mutations';
import { saveVision } from '@/features/goals/vision';
import { boardGoalSchema, councilGoalSchema, indicatorSchema, visionSchema } from '@/features/goals/validation';

// Thin: the schema checks the input, the data access layer checks the role, the scope and the year.
export const saveCouncilGoalAction = validatedAction(councilGoalSchema, async (data) => {
  const id = await saveCouncilGoal(data);
  revalidatePath('/mal');
  redirect(`/mal/${id}?sparat=1`);
});

export const saveBoardGoalAction = validatedAction(boardGoalSchema, async (data) => {
  const id = await saveBoardGoal(data);
  revalidatePath('/mal');
  redirect(`/mal/${id}?sparat=1`);
});

export const saveIndicatorAction = validatedAction(indicatorSchema, async (data) => {
  await saveIndicator(data);
  revalidatePath(`/mal/${data.goalId}`);
  redirect(`/mal/${data.goalId}?sparat=1#indikatorer`);
});

export const saveVisionAction = validatedAction(visionSchema, async (data) => {
  await saveVision(data);
  revalidatePath('/mal');
  revalidatePath('/min-styrkedja');
  redirect('/mal?sparat=vision');
});
