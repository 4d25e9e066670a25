import type { Metadata } from 'next';

import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { ClosePlanYearForm, OpenPlanYearForm } from '@/features/plan-years/components/plan-year-forms';
import { getPlanYearOverview } from '@/features/plan-years/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('planYears');
  return { title: t('title') };
}

export default async function PlanYearsPage() {
  const overview = await getPlanYearOverview(getDb(), await requireViewer());
  const t = await translator('planYears');
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      <div className="mt-6">
        <DataTable caption={t('tableCaption')} minWidth="36rem" rows={overview.years}>
          {[
            { header: t('year'), rowHeader: true, cell: (y) => y.year },
            { header: t('status'), cell: (y) => (y.status === 'open' ? t('open_status') : t('closed_status')) },
            { header: t('goals'), cell: (y) => t('goalCount', { count: y.goals, drafts: y.drafts }) },
            { header: t('plans'), numeric: true, cell: (y) => y.plans },
            { header: t('periods'), numeric: true, cell: (y) => y.periods },
            overview.canManage && { header: t('actions'), cell: (y) => (y.status === 'open' ? <ClosePlanYearForm planYearId={y.id} year={y.year} /> : '–') },
          ]}
        </DataTable>
      </div>
      {overview.canManage ? (
        <Section id="oppna-heading" title={t('openHeading', { year: overview.nextYear })} className="mt-8">
          <p className="mt-2 max-w-3xl">{t('openIntro')}</p>
          <OpenPlanYearForm nextYear={overview.nextYear} />
        </Section>
      ) : (
        <p className="mt-6 max-w-3xl">{t('readOnly')}</p>
      )}
    </>
  );
}
