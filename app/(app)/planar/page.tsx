import type { Metadata } from 'next';

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
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse bg-white text-left text-sm shadow-sm">
          <caption className="sr-only">{t('tableCaption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">{t('year')}</th>
              <th scope="col" className="p-2">{t('status')}</th>
              <th scope="col" className="p-2">{t('goals')}</th>
              <th scope="col" className="p-2">{t('plans')}</th>
              <th scope="col" className="p-2">{t('periods')}</th>
              {overview.canManage ? <th scope="col" className="p-2">{t('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {overview.years.map((y) => (
              <tr key={y.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-semibold">{y.year}</th>
                <td className="p-2">{y.status === 'open' ? t('open_status') : t('closed_status')}</td>
                <td className="p-2">{t('goalCount', { count: y.goals, drafts: y.drafts })}</td>
                <td className="p-2">{y.plans}</td>
                <td className="p-2">{y.periods}</td>
                {overview.canManage ? <td className="p-2">{y.status === 'open' ? <ClosePlanYearForm planYearId={y.id} year={y.year} /> : '–'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {overview.canManage ? (
        <section aria-labelledby="oppna-heading" className="mt-8">
          <h2 id="oppna-heading" className="text-xl font-semibold">{t('openHeading', { year: overview.nextYear })}</h2>
          <p className="mt-2 max-w-3xl">{t('openIntro')}</p>
          <OpenPlanYearForm nextYear={overview.nextYear} />
        </section>
      ) : (
        <p className="mt-6 max-w-3xl">{t('readOnly')}</p>
      )}
    </>
  );
}
