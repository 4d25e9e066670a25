import type { Metadata } from 'next';

import { PageHeader } from '@/components/ui/page-header';
import { PasswordForm } from '@/features/account/components/password-form';
import { canChangeOwnPassword } from '@/features/account/password-change';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { NotFoundError } from '@/lib/errors';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('password');
  return { title: t('title') };
}

/** Changing one's own password; an account that signs in through the municipality's SSO has none. */
export default async function ChangePasswordPage() {
  await orNotFound(
    canChangeOwnPassword(getDb(), await requireViewer()).then((ok) => {
      if (!ok) throw new NotFoundError('Lösenordet');
    }),
  );
  const t = await translator('password');
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      <PasswordForm />
    </>
  );
}
