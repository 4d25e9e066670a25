'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { CONTROL_CLASS, FormField } from '@/components/ui/form-field';
import { FormMessage, SubmitButton, useFieldError } from '@/components/ui/form-fields';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
import { changePasswordAction } from '@/features/account/actions';

/** A password field: never refilled, with the browser's password manager hints. */
function PasswordField({ name, label, hint, state, autoComplete }: { name: string; label: string; hint?: string; state: FormState; autoComplete: 'current-password' | 'new-password' }) {
  const t = useTranslations();
  const error = useFieldError(state, name);
  return (
    <FormField id={name} label={label} required={t('form.required')} hint={hint} error={error}>
      {(control) => <input {...control} name={name} type="password" autoComplete={autoComplete} required maxLength={256} className={CONTROL_CLASS} />}
    </FormField>
  );
}

export function PasswordForm() {
  const t = useTranslations('password');
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} aria-describedby="losenord-message" className="mt-6 max-w-md space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <FormMessage state={state} id="losenord-message" />
      <PasswordField name="currentPassword" label={t('current')} state={state} autoComplete="current-password" />
      <PasswordField name="newPassword" label={t('new')} hint={t('newHint')} state={state} autoComplete="new-password" />
      <PasswordField name="repeatPassword" label={t('repeat')} state={state} autoComplete="new-password" />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
