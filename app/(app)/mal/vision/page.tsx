import type { Metadata } from 'next';

import { PageHeader } from '@/components/ui/page-header';
import { VisionForm } from '@/features/goals/components/vision-form';
import { getVisionForm } from '@/features/goals/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('goals.visionForm');
  return { title: t('title') };
}

export default async function VisionPage() {
  const vision = await orNotFound(getVisionForm(getDb(), await requireViewer()));
  const t = await translator('goals.visionForm');
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <VisionForm statement={vision.statement} description={vision.description} values={vision.values} />
    </>
  );
}
