'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { confirmAssignment, saveMyAssignment } from '@/features/assignments/mutations';
import { assignmentDecisionSchema, assignmentDraftSchema } from '@/features/assignments/validation';

export const saveAssignmentAction = validatedAction(assignmentDraftSchema, async (data, viewer) => {
  const id = saveMyAssignment(getDb(), viewer, data);
  revalidatePath('/min-styrkedja');
  redirect(`/uppdrag/${id}`);
});

export const confirmAsEmployeeAction = validatedAction(assignmentDecisionSchema, async (data, viewer) => {
  confirmAssignment(getDb(), viewer, { ...data, as: 'employee' });
  revalidatePath(`/uppdrag/${data.assignmentId}`);
  return { ok: true, message: 'assignments.confirmed' };
});

export const agreeAsManagerAction = validatedAction(assignmentDecisionSchema, async (data, viewer) => {
  confirmAssignment(getDb(), viewer, { ...data, as: 'manager' });
  revalidatePath(`/uppdrag/${data.assignmentId}`);
  revalidatePath('/mina-medarbetare');
  return { ok: true, message: 'assignments.agreed' };
});
