import type { Metadata } from 'next';

import { HrImportForm } from '@/features/import/components/hr-import-form';
import { requireHrImporter } from '@/features/import/hr-import';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('import');
  return { title: t('title') };
}

export default async function HrImportPage() {
  // Administrators only: for anyone else the page does not exist.
  await orNotFound(requireHrImporter(await requireViewer()));
  const t = await translator('import');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      <HrImportForm />
    </>
  );
}
