'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { confirmAssignment, saveMyAssignment } from '@/features/assignments/mutations';
import { assignmentDecisionSchema, assignmentDraftSchema } from '@/features/assignments/validation';

export const saveAssignmentAction = validatedAction(assignmentDraftSchema, async (data, viewer) => {
  const id = saveMyAssignment(viewer, data);
  revalidatePath('/min-styrkedja');
  redirect(`/uppdrag/${id}`);
});

export const confirmAsEmployeeAction = validatedAction(assignmentDecisionSchema, async (data, viewer) => {
  confirmAssignment(viewer, data, 'employee');
  revalidatePath(`/uppdrag/${data.assignmentId}`);
  return { ok: true, message: 'assignments.confirmed' };
});

export const agreeAsManagerAction = validatedAction(assignmentDecisionSchema, async (data, viewer) => {
  confirmAssignment(viewer, data, 'manager');
  revalidatePath(`/uppdrag/${data.assignmentId}`);
  revalidatePath('/mina-medarbetare');
  return { ok: true, message: 'assignments.agreed' };
});
