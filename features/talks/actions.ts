'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { bookTalk, confirmTalk, correctTalk, prepareTalk, recordTalk } from '@/features/talks/mutations';
import { bookTalkSchema, talkDecisionSchema, talkPreparationSchema, talkRecordSchema } from '@/features/talks/validation';

export const bookTalkAction = validatedAction(bookTalkSchema, async (data, viewer) => {
  const id = bookTalk(getDb(), viewer, data);
  revalidatePath('/samtal');
  redirect(`/samtal/${id}`);
});

export const prepareTalkAction = validatedAction(talkPreparationSchema, async (data, viewer) => {
  prepareTalk(getDb(), viewer, data);
  revalidatePath(`/samtal/${data.talkId}`);
  return { ok: true, message: 'followUp.saved' };
});

export const recordTalkAction = validatedAction(talkRecordSchema, async (data, viewer) => {
  recordTalk(getDb(), viewer, data);
  revalidatePath(`/samtal/${data.talkId}`);
  return { ok: true, message: 'followUp.saved' };
});

export const confirmTalkAction = validatedAction(talkDecisionSchema, async (data, viewer) => {
  confirmTalk(getDb(), viewer, data);
  revalidatePath(`/samtal/${data.talkId}`);
  return { ok: true, message: 'followUp.saved' };
});

export const correctTalkAction = validatedAction(talkDecisionSchema, async (data, viewer) => {
  const id = correctTalk(getDb(), viewer, data);
  redirect(`/samtal/${id}`);
});
