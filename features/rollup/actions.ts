'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { saveRuleSettings } from '@/features/rollup/settings';
import { ruleSettingsSchema } from '@/features/rollup/validation';

// Thin: the schema checks the figures, the data access layer checks that the office is asking.
export const saveRuleSettingsAction = validatedAction(ruleSettingsSchema, async (data, viewer) => {
  const { changedProposals } = saveRuleSettings(getDb(), viewer, data);
  revalidatePath('/resultat', 'layout');
  redirect(`/resultat/regler?andrade=${changedProposals}`);
});
