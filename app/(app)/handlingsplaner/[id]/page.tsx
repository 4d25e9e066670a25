import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';

import { ActivitiesTable } from '@/features/plans/components/activities-table';
import { ActivityForm } from '@/features/plans/components/activity-form';
import { PlanStepForm } from '@/features/plans/components/plan-step-form';
import { PlanTrail, PlanVersions } from '@/features/plans/components/plan-trail';
import { StatusBadge } from '@/components/ui/status-badge';
import { getPlanPage } from '@/features/plans/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatter, translator } from '@/lib/i18n/shared';

// The title and the page read the same plan, once per request.
const load = cache(async (id: string) => orNotFound(requireViewer().then((viewer) => getPlanPage(getDb(), viewer, id))));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { plan } = await load((await params).id);
  const t = await translator('plans.page');
  return { title: t('title', { year: plan.year, unit: plan.unitName }) };
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { plan, rights, activities, options, versions, trail } = await load((await params).id);
  const t = await translator('plans');
  const format = await formatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '–');
  const current = versions.find((v) => v.isCurrent);
  const ref = { planId: plan.id, revision: plan.revision };

  return (
    <>
      <p>
        <Link href="/handlingsplaner" className="text-administrative-800 underline">
          {t('list.title')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('page.title', { year: plan.year, unit: plan.unitName })}</h1>
      <dl className="mt-4 grid max-w-2xl gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('page.unit')}</dt>
        <dd>{plan.unitName}</dd>
        <dt className="font-medium">{t('page.year')}</dt>
        <dd>{plan.year}</dd>
        <dt className="font-medium">{t('page.version')}</dt>
        <dd>{plan.version}</dd>
        <dt className="font-medium">{t('page.status')}</dt>
        <dd>
          <StatusBadge kind="plan" value={plan.status} />
        </dd>
        <dt className="font-medium">{t('page.createdBy')}</dt>
        <dd>{plan.createdByName ?? '–'}</dd>
        <dt className="font-medium">{t('page.submittedAt')}</dt>
        <dd>{when(plan.submittedAt)}</dd>
        <dt className="font-medium">{t('page.decided')}</dt>
        <dd>{plan.decidedByName && plan.decidedAt ? t('page.decidedBy', { name: plan.decidedByName, at: when(plan.decidedAt) }) : '–'}</dd>
      </dl>

      {!plan.isCurrent ? (
        <p className="mt-4 max-w-3xl rounded-md border border-slate-300 bg-white px-3 py-2">
          {t('page.notCurrent', { version: plan.version })}{' '}
          {current ? (
            <Link href={`/handlingsplaner/${current.id}`} className="font-medium text-administrative-800 underline">
              {t('page.openCurrent')}
            </Link>
          ) : null}
        </p>
      ) : null}
      {plan.isCurrent && plan.status === 'approved' ? <p className="mt-4 max-w-3xl">{t('page.locked')}</p> : null}
      {plan.isCurrent && plan.status === 'submitted' ? <p className="mt-4 max-w-3xl">{t('page.waiting')}</p> : null}
      {plan.status === 'returned' && plan.decisionComment ? (
        <section aria-labelledby="returned-heading" className="mt-4 max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
          <h2 id="returned-heading" className="font-semibold">
            {t('page.returnedTitle')}
          </h2>
          <p className="mt-1">{t('page.returnedBy', { name: plan.decidedByName ?? t('page.unknownPerson') })}</p>
          <p className="mt-1 whitespace-pre-line" data-testid="return-comment">
            {plan.decisionComment}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="activities-heading" className="mt-8">
        <h2 id="activities-heading" className="text-xl font-semibold">
          {t('page.activitiesTitle')}
        </h2>
        <ActivitiesTable planId={plan.id} rows={activities} editable={rights.canEdit} />
      </section>

      {rights.canEdit && options ? (
        <section aria-labelledby="add-heading" className="mt-8 max-w-2xl rounded-lg bg-white p-4 shadow-sm">
          <h2 id="add-heading" className="text-xl font-semibold">
            {t('page.addTitle')}
          </h2>
          <div className="mt-3">
            <ActivityForm planId={plan.id} revision={plan.revision} options={options} />
          </div>
        </section>
      ) : null}

      {rights.canSubmit ? (
        <section aria-labelledby="submit-heading" className="mt-8 max-w-2xl">
          <h2 id="submit-heading" className="text-xl font-semibold">
            {t('page.submitTitle')}
          </h2>
          <p className="mt-1 text-slate-700">{t('page.submitHint')}</p>
          <div className="mt-3">
            <PlanStepForm step="submit" {...ref} id="submit" label={t('form.submit')} />
          </div>
        </section>
      ) : null}

      {rights.canDecide ? (
        <section aria-labelledby="decision-heading" className="mt-8 max-w-2xl rounded-lg bg-white p-4 shadow-sm">
          <h2 id="decision-heading" className="text-xl font-semibold">
            {t('page.decisionTitle')}
          </h2>
          <p className="mt-1 text-slate-700">{t('form.approveHint')}</p>
          <div className="mt-3">
            <PlanStepForm step="approve" {...ref} id="approve" label={t('form.approve')} />
          </div>
          <div className="mt-6 border-t border-slate-200 pt-4">
            <PlanStepForm step="return" {...ref} id="return" label={t('form.return')} variant="secondary" comment={{ label: t('form.returnComment'), hint: t('form.returnHint') }} />
          </div>
        </section>
      ) : null}

      {rights.canStartNewVersion ? (
        <section aria-labelledby="new-version-heading" className="mt-8 max-w-2xl">
          <h2 id="new-version-heading" className="text-xl font-semibold">
            {t('page.newVersionTitle')}
          </h2>
          <p className="mt-1 text-slate-700">{t('page.newVersionHint')}</p>
          <div className="mt-3">
            <PlanStepForm step="newVersion" {...ref} id="new-version" label={t('form.newVersion')} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="versions-heading" className="mt-8">
        <h2 id="versions-heading" className="text-xl font-semibold">
          {t('page.versionsTitle')}
        </h2>
        <PlanVersions currentId={plan.id} versions={versions} />
      </section>

      <section aria-labelledby="trail-heading" className="mt-8">
        <h2 id="trail-heading" className="text-xl font-semibold">
          {t('page.trailTitle')}
        </h2>
        <p className="mt-1 text-slate-700">{t('page.trailIntro')}</p>
        <PlanTrail events={trail} />
      </section>
    </>
  );
}
