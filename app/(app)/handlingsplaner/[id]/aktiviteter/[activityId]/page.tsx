import type { Metadata } from 'next';
import { cache } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
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
      <PageHeader title={t('form.editTitle')} lead={t('page.title', { year: plan.year, unit: plan.unitName })} back={{ href: `/handlingsplaner/${plan.id}`, label: t('form.back') }} />
      <section aria-label={t('form.editTitle')} className="mt-6 max-w-2xl rounded-lg bg-white p-4 shadow-sm">
        <ActivityForm planId={plan.id} revision={plan.revision} options={options} activity={activity} />
      </section>
      <Section id="remove-heading" title={t('form.removeTitle')} intro={t('form.removeHint')} className="mt-8 max-w-2xl">
        <div className="mt-3">
          <PlanStepForm step="removeActivity" planId={plan.id} revision={plan.revision} hidden={{ activityId: activity.id }} id="remove" label={t('form.remove')} variant="danger" />
        </div>
      </Section>
    </>
  );
}
