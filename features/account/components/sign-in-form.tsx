'use client';

import { useActionState, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { CONTROL_CLASS, FormField } from '@/components/ui/form-field';
import { Notice } from '@/components/ui/notice';
import { Section } from '@/components/ui/section';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInSchema } from '@/lib/auth/sign-in-validation';

interface State {
  fieldErrors: { email?: string; password?: string };
  formError?: 'invalid' | 'throttled' | 'disabled' | 'unknown';
  email: string;
}

interface DemoAccount {
  email: string;
  roleLabel: string;
  name: string;
  title: string;
}

/** Only a path on this site may be returned to after sign-in (never another host). */
export function safeCallback(url: string | undefined): string {
  return safeCallbackPath(url, window.location.origin);
}

export function SignInForm({ callbackUrl, demo, initialError }: { callbackUrl?: string; demo: { password: string | null; accounts: DemoAccount[] }; initialError?: State['formError'] }) {
  const t = useTranslations('signIn');
  const router = useRouter();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const [state, formAction, pending] = useActionState<State, FormData>(
    async (_previous, formData) => {
      const input = { email: formData.get('email'), password: formData.get('password') };
      const email = typeof input.email === 'string' ? input.email : '';
      const parsed = signInSchema.safeParse(input);
      if (!parsed.success) {
        const errors = z.flattenError(parsed.error).fieldErrors;
        return { email, fieldErrors: { email: errors.email?.[0], password: errors.password?.[0] } };
      }
      const result = await signIn('credentials', { ...parsed.data, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(safeCallback(callbackUrl));
        router.refresh();
        return { email, fieldErrors: {} };
      }
      // Any other code (a fault on the server, whose details stay in its log) gets the generic message.
      const formError = result?.error === 'throttled' ? 'throttled' : result?.error === 'CredentialsSignin' ? 'invalid' : 'unknown';
      return { email, fieldErrors: {}, formError };
    },
    { fieldErrors: {}, email: '', formError: initialError },
  );

  const fieldError = (key: string | undefined) => (key ? t(key.replace(/^signIn\./, '') as 'errors.emailRequired') : null);

  function fillDemoAccount(email: string) {
    if (emailRef.current) emailRef.current.value = email;
    if (passwordRef.current && demo.password) passwordRef.current.value = demo.password;
    passwordRef.current?.focus();
  }

  return (
    <div className="space-y-10">
      <form action={formAction} noValidate className="space-y-5" aria-describedby={state.formError ? 'signin-error' : undefined}>
        <div aria-live="polite" id="signin-error">
          {state.formError ? (
            <Notice tone="error" role="alert">
              {t(`errors.${state.formError}`)}
            </Notice>
          ) : null}
        </div>
        <FormField id="email" label={t('email')} error={fieldError(state.fieldErrors.email)}>
          {(control) => <input {...control} ref={emailRef} name="email" type="email" autoComplete="username" defaultValue={state.email} className={CONTROL_CLASS} />}
        </FormField>
        <FormField id="password" label={t('password')} error={fieldError(state.fieldErrors.password)}>
          {(control) => <input {...control} ref={passwordRef} name="password" type="password" autoComplete="current-password" className={CONTROL_CLASS} />}
        </FormField>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t('submitting') : t('submit')}
        </Button>
      </form>

      {demo.accounts.length > 0 ? (
        <Section id="demo-heading" title={t('demoTitle')} size="md" look="outlined">
          <p className="mt-1 text-sm">{t('demoIntro', { password: demo.password ?? '' })}</p>
          <DataTable caption={t('demoTitle')} density="compact" fitsScreen rows={demo.accounts} rowKey={(a) => a.email}>
            {[
              { header: t('demoRole'), rowHeader: true, cell: (a) => a.roleLabel },
              {
                header: t('demoName'),
                cell: (a) => (
                  <>
                    {a.name}
                    <br />
                    <span className="text-slate-700">{a.email}</span>
                  </>
                ),
              },
              {
                header: <span className="sr-only">{t('demoUse')}</span>,
                key: 'use',
                end: true,
                cell: (a) => (
                  <button type="button" onClick={() => fillDemoAccount(a.email)} aria-label={t('demoUseLabel', { role: a.roleLabel })} className="rounded border border-administrative-600 px-2 py-1 text-administrative-800 hover:bg-administrative-50">
                    {t('demoUse')}
                  </button>
                ),
              },
            ]}
          </DataTable>
        </Section>
      ) : null}
    </div>
  );
}
