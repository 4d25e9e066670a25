'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { recordMeeting } from '@/features/meetings/mutations';
import { meetingSchema } from '@/features/meetings/validation';

export const recordMeetingAction = validatedAction(meetingSchema, async (data, viewer) => {
  const id = recordMeeting(getDb(), viewer, data);
  revalidatePath('/apt');
  revalidatePath('/min-styrkedja');
  redirect(`/apt/${id}`);
});
