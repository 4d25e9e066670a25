'use client';

import { useActionState, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
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
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
              {t(`errors.${state.formError}`)}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="email" className="block font-medium">
            {t('email')}
          </label>
          <input
            ref={emailRef}
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={state.email}
            aria-invalid={state.fieldErrors.email ? true : undefined}
            aria-describedby={state.fieldErrors.email ? 'email-error' : undefined}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
          <p id="email-error" aria-live="polite" className="mt-1 text-sm text-red-800">
            {fieldError(state.fieldErrors.email)}
          </p>
        </div>
        <div>
          <label htmlFor="password" className="block font-medium">
            {t('password')}
          </label>
          <input
            ref={passwordRef}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={state.fieldErrors.password ? true : undefined}
            aria-describedby={state.fieldErrors.password ? 'password-error' : undefined}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
          <p id="password-error" aria-live="polite" className="mt-1 text-sm text-red-800">
            {fieldError(state.fieldErrors.password)}
          </p>
        </div>
        <button type="submit" disabled={pending} className="w-full rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800 disabled:opacity-70">
          {pending ? t('submitting') : t('submit')}
        </button>
      </form>

      {demo.accounts.length > 0 ? (
        <section aria-labelledby="demo-heading" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="demo-heading" className="text-lg font-semibold">
            {t('demoTitle')}
          </h2>
          <p className="mt-1 text-sm">{t('demoIntro', { password: demo.password ?? '' })}</p>
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-2">{t('demoRole')}</th>
                <th scope="col" className="py-1 pr-2">{t('demoName')}</th>
                <th scope="col" className="py-1"><span className="sr-only">{t('demoUse')}</span></th>
              </tr>
            </thead>
            <tbody>
              {demo.accounts.map((a) => (
                <tr key={a.email} className="border-b border-slate-200 last:border-0">
                  <th scope="row" className="py-1.5 pr-2 font-medium">{a.roleLabel}</th>
                  <td className="py-1.5 pr-2">
                    {a.name}
                    <br />
                    <span className="text-slate-700">{a.email}</span>
                  </td>
                  <td className="py-1.5 text-right">
                    <button type="button" onClick={() => fillDemoAccount(a.email)} aria-label={t('demoUseLabel', { role: a.roleLabel })} className="rounded border border-administrative-600 px-2 py-1 text-administrative-800 hover:bg-administrative-50">
                      {t('demoUse')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
