'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { bookTalk, confirmTalk, correctTalk, prepareTalk, recordTalk } from '@/features/talks/mutations';
import { bookTalkSchema, talkDecisionSchema, talkPreparationSchema, talkRecordSchema } from '@/features/talks/validation';

export const bookTalkAction = validatedAction(bookTalkSchema, async (data, viewer) => {
  const id = bookTalk(viewer, data);
  revalidatePath('/samtal');
  redirect(`/samtal/${id}`);
});

export const prepareTalkAction = validatedAction(talkPreparationSchema, async (data, viewer) => {
  prepareTalk(viewer, data);
  revalidatePath(`/samtal/${data.talkId}`);
  return { ok: true, message: 'followUp.saved' };
});

export const recordTalkAction = validatedAction(talkRecordSchema, async (data, viewer) => {
  recordTalk(viewer, data);
  revalidatePath(`/samtal/${data.talkId}`);
  return { ok: true, message: 'followUp.saved' };
});

export const confirmTalkAction = validatedAction(talkDecisionSchema, async (data, viewer) => {
  confirmTalk(viewer, data);
  revalidatePath(`/samtal/${data.talkId}`);
  return { ok: true, message: 'followUp.saved' };
});

export const correctTalkAction = validatedAction(talkDecisionSchema, async (data, viewer) => {
  const id = correctTalk(viewer, data);
  redirect(`/samtal/${id}`);
});
