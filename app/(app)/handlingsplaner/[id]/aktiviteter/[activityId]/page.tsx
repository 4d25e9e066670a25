import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';

import { ActivityForm } from '@/features/plans/components/activity-form';
import { PlanStepForm } from '@/features/plans/components/plan-step-form';
import { getActivityEditPage } from '@/features/plans/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

type Params = Promise<{ id: string; activityId: string }>;

// Only the plan's writer, while the plan is editable, gets this page; everyone else the same 404.
// The title and the page read it once per request: the cache is keyed on the ids, not on params.
const loadActivity = cache(async (id: string, activityId: string) => orNotFound(requireViewer().then((viewer) => getActivityEditPage(getDb(), viewer, { planId: id, activityId }))));

async function load(params: Params) {
  const { id, activityId } = await params;
  return loadActivity(id, activityId);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { activity } = await load(params);
  const t = await translator('plans.form');
  return { title: `${t('editTitle')}: ${activity.title}` };
}

export default async function EditActivityPage({ params }: { params: Params }) {
  const { plan, activity, options } = await load(params);
  const t = await translator('plans');
  return (
    <>
      <p>
        <Link href={`/handlingsplaner/${plan.id}`} className="text-administrative-800 underline">
          {t('form.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('form.editTitle')}</h1>
      <p className="mt-1 text-slate-700">{t('page.title', { year: plan.year, unit: plan.unitName })}</p>
      <section aria-label={t('form.editTitle')} className="mt-6 max-w-2xl rounded-lg bg-white p-4 shadow-sm">
        <ActivityForm planId={plan.id} revision={plan.revision} options={options} activity={activity} />
      </section>
      <section aria-labelledby="remove-heading" className="mt-8 max-w-2xl">
        <h2 id="remove-heading" className="text-xl font-semibold">
          {t('form.removeTitle')}
        </h2>
        <p className="mt-1 text-slate-700">{t('form.removeHint')}</p>
        <div className="mt-3">
          <PlanStepForm step="removeActivity" planId={plan.id} revision={plan.revision} hidden={{ activityId: activity.id }} id="remove" label={t('form.remove')} variant="danger" />
        </div>
      </section>
    </>
  );
}
