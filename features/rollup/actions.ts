'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { saveRuleSettings } from '@/features/rollup/settings';
import { ruleSettingsSchema } from '@/features/rollup/validation';

// Thin: the schema checks the figures, the data access layer checks that the office is asking.
export const saveRuleSettingsAction = validatedAction(ruleSettingsSchema, async (data) => {
  const { changedProposals } = await saveRuleSettings(data);
  revalidatePath('/resultat', 'layout');
  redirect(`/resultat/regler?andrade=${changedProposals}`);
});
