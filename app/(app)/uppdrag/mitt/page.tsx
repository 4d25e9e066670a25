import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { PageHeader } from '@/components/ui/page-header';
import { AssignmentForm } from '@/features/assignments/components/assignment-form';
import { getMyAssignmentStart } from '@/features/team/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('assignments');
  return { title: t('editTitle') };
}

/** The employee's own assignment of the current year: opened if it exists, written if not. */
export default async function MyAssignmentPage() {
  const start = await getMyAssignmentStart(getDb(), await requireViewer());
  if (start.existingId) redirect(`/uppdrag/${start.existingId}`);
  const t = await translator('assignments');
  return (
    <>
      <PageHeader title={start.year ? t('newTitle', { year: start.year }) : t('editTitle')} />
      {!start.year ? (
        <p className="mt-4">{t('noYear')}</p>
      ) : !start.unitName ? (
        <p className="mt-4">{t('noEmployment')}</p>
      ) : start.choosable.length === 0 ? (
        <p className="mt-4">{t('noPlan', { year: start.year })}</p>
      ) : (
        <div className="mt-6 max-w-3xl">
          <p className="mb-4 text-slate-700">{t('editIntro')}</p>
          <AssignmentForm assignment={null} choosable={start.choosable} unitName={start.unitName} />
        </div>
      )}
    </>
  );
}
