import type { Metadata } from 'next';

import { PageHeader } from '@/components/ui/page-header';
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
      <PageHeader title={t('title')} lead={t('intro')} />
      <HrImportForm />
    </>
  );
}
