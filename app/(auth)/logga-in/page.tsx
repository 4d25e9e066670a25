import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { listDemoAccounts } from '@/lib/dal/demo';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const t = await getTranslations();
  const { callbackUrl } = await searchParams;
  return (
    <main id="innehall" className="mx-auto max-w-lg px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-administrative-800">{t('app.name')}</p>
      <h1 className="mt-1 text-3xl font-bold">{t('signIn.title')}</h1>
      <p className="mt-2 text-slate-700">{t('signIn.intro')}</p>
      <div className="mt-6">
        <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} demo={listDemoAccounts()} />
      </div>
    </main>
  );
}
