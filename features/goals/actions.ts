'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { saveBoardGoal, saveCouncilGoal, saveIndicator, saveVision } from '@/features/goals/mutations';
import { boardGoalSchema, councilGoalSchema, indicatorSchema, visionSchema } from '@/features/goals/validation';

// Thin: the schema checks the input, the data access layer checks the role, the scope and the year.
export const saveCouncilGoalAction = validatedAction(councilGoalSchema, async (data, viewer) => {
  const id = saveCouncilGoal(getDb(), viewer, data);
  revalidatePath('/mal');
  redirect(`/mal/${id}?sparat=1`);
});

export const saveBoardGoalAction = validatedAction(boardGoalSchema, async (data, viewer) => {
  const id = saveBoardGoal(getDb(), viewer, data);
  revalidatePath('/mal');
  redirect(`/mal/${id}?sparat=1`);
});

export const saveIndicatorAction = validatedAction(indicatorSchema, async (data, viewer) => {
  saveIndicator(getDb(), viewer, data);
  revalidatePath(`/mal/${data.goalId}`);
  redirect(`/mal/${data.goalId}?sparat=1#indikatorer`);
});

export const saveVisionAction = validatedAction(visionSchema, async (data, viewer) => {
  saveVision(getDb(), viewer, data);
  revalidatePath('/mal');
  revalidatePath('/min-styrkedja');
  redirect('/mal?sparat=vision');
});
