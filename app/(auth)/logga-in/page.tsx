import type { Metadata } from 'next';

import { Notice } from '@/components/ui/notice';
import { SignInForm } from '@/features/account/components/sign-in-form';
import { SsoButton } from '@/features/account/components/sso-button';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { SSO_PROVIDER_ID } from '@/lib/auth/options';
import { SSO_REFUSALS } from '@/lib/auth/sso-match';
import { listDemoAccounts } from '@/features/account/demo-accounts';
import { getDb } from '@/db';
import { env } from '@/lib/env';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('signIn');
  return { title: t('title') };
}

/** next-auth sends the browser back here with ?error=…: our own refusals, or its codes for a failed round trip. */
function ssoErrorKey(error: string | string[] | undefined) {
  if (typeof error !== 'string' || error === '') return null;
  const refusal = SSO_REFUSALS.find((r) => error === `sso_${r}`);
  return refusal ? (`sso_${refusal}` as const) : ('failed' as const);
}

/**
 * The password form's own codes, when next-auth redirected here instead of answering the form (a
 * browser without JavaScript). Any other text in ?error= is shown as the generic message, never
 * as itself.
 */
const PASSWORD_ERRORS = { CredentialsSignin: 'invalid', throttled: 'throttled', unavailable: 'unknown' } as const;
function passwordErrorKey(error: string | string[] | undefined, ssoOn: boolean) {
  if (typeof error !== 'string' || error === '') return undefined;
  if (Object.hasOwn(PASSWORD_ERRORS, error)) return PASSWORD_ERRORS[error as keyof typeof PASSWORD_ERRORS];
  return ssoOn ? undefined : ('unknown' as const);
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> }) {
  const t = await translator();
  const { callbackUrl, error } = await searchParams;
  // Checked here and again in the browser: only a path on this site is ever handed on.
  const callback = typeof callbackUrl === 'string' ? safeCallbackPath(callbackUrl, env.authUrl ?? 'http://localhost') : undefined;
  const passwordError = env.credentialsLogin ? passwordErrorKey(error, !!env.sso) : undefined;
  const errorKey = env.sso && !passwordError ? ssoErrorKey(error) : null;
  // The demo roles are named in the catalogue, so they follow the chosen language.
  const listed = listDemoAccounts(getDb());
  const demo = { ...listed, accounts: listed.accounts.map((a) => ({ ...a, roleLabel: t(`signIn.demoRoles.${a.key}`) })) };
  const intro = !env.sso ? t('signIn.intro') : env.credentialsLogin ? t('sso.introBoth') : t('sso.introSsoOnly');
  return (
    <main id="innehall" className="mx-auto max-w-lg px-4 py-10">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-administrative-800">{t('app.name')}</p>
        <LanguageSwitch className="text-administrative-800" />
      </div>
      <h1 className="mt-1 text-3xl font-bold">{t('signIn.title')}</h1>
      <p className="mt-2 text-slate-700">{intro}</p>
      {errorKey ? (
        <Notice tone="error" id="sso-error" role="alert" className="mt-6">
          {t(`sso.errors.${errorKey}`)}
        </Notice>
      ) : null}
      {env.sso ? (
        <div className="mt-6">
          <SsoButton providerId={SSO_PROVIDER_ID} label={env.sso.buttonLabel} pendingLabel={t('sso.redirecting')} callbackUrl={callback} />
        </div>
      ) : null}
      {env.credentialsLogin ? (
        <div className="mt-6">
          {env.sso ? <h2 className="mb-4 border-t border-slate-300 pt-4 text-lg font-semibold">{t('sso.or')}</h2> : null}
          <SignInForm callbackUrl={callback} demo={demo} initialError={passwordError} />
        </div>
      ) : null}
    </main>
  );
}
