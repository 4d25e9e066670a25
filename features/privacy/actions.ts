'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import type { FormState } from '@/lib/actions/form-state';
import { runDisposal, saveRetentionRule } from '@/features/privacy/retention-data';
import { retentionRuleSchema, retentionRunSchema } from '@/features/privacy/validation';

export const saveRetentionRuleAction = validatedAction(retentionRuleSchema, async (data, viewer) => {
  saveRetentionRule(getDb(), viewer, data);
  revalidatePath('/admin/gallring');
  return { ok: true, message: 'retention.ruleSaved' };
});

/** What the disposal form shows after a dry run or a run: the figures, not only a message. */
export interface DisposalState extends FormState {
  result?: { dryRun: boolean; notes: number; entryTexts: number; talks: number; cutoffDate: string };
}

const run = validatedAction(retentionRunSchema, async (data, viewer) => {
  const r = runDisposal(getDb(), viewer, data);
  if (!r.dryRun) revalidatePath('/admin/gallring');
  return { ok: true, result: { dryRun: r.dryRun, notes: r.notes, entryTexts: r.entryTexts, talks: r.talks, cutoffDate: r.cutoffDate } } as DisposalState;
});

export async function disposalAction(previous: DisposalState, formData: FormData): Promise<DisposalState> {
  return run(previous, formData);
}
