'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '@/components/ui/form-fields';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
import { changePasswordAction } from '@/features/account/actions';

/** A password field: never refilled, with the browser's password manager hints. */
function PasswordField({ name, label, hint, state, autoComplete }: { name: string; label: string; hint?: string; state: FormState; autoComplete: 'current-password' | 'new-password' }) {
  const t = useTranslations();
  const errors = state.fieldErrors?.[name];
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = `${name}-error`;
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
        <span className="ml-1 text-sm font-normal text-slate-700">({t('form.required')})</span>
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        maxLength={256}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[hintId, errors ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
      />
      <p id={errorId} aria-live="polite" className="mt-1 text-sm text-red-800">
        {errors?.[0] ? t(errors[0] as 'form.required') : null}
      </p>
    </div>
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
