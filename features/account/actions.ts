'use server';

import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { withFallbackMessages } from '@/lib/actions/fallback-message';
import { formDataToObject } from '@/lib/actions/validated-action';
import type { FormState } from '@/lib/actions/form-state';
import { changeOwnPassword } from '@/features/account/password-change';
import { requireViewer } from '@/lib/auth/viewer';
import { isUserFacing, RuleError } from '@/lib/errors';
import { passwordChangeSchema } from '@/features/account/password-validation';

/**
 * Like validatedAction, except that nothing typed comes back to the form: passwords are never
 * echoed into a page.
 */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const parsed = passwordChangeSchema.safeParse(formDataToObject(formData), withFallbackMessages);
  if (!parsed.success) return { ok: false, message: 'form.invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState['fieldErrors'] };
  try {
    await changeOwnPassword(getDb(), viewer, parsed.data);
  } catch (err) {
    unstable_rethrow(err);
    if (err instanceof RuleError && err.field) return { ok: false, message: 'form.invalid', fieldErrors: { [err.field]: [err.messageKey] } };
    if (isUserFacing(err)) return { ok: false, message: err.messageKey };
    console.error('Oväntat fel vid lösenordsbyte', err);
    return { ok: false, message: 'form.generic' };
  }
  // Every session has ended, this one too: sign in again with the new password.
  redirect('/logga-in?losenord=bytt');
}
