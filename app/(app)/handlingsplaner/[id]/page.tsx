import type { Metadata } from 'next';
import { cache } from 'react';

import { ActivitiesTable } from '@/features/plans/components/activities-table';
import { ActivityForm } from '@/features/plans/components/activity-form';
import { PlanStepForm } from '@/features/plans/components/plan-step-form';
import { PlanTrail, PlanVersions } from '@/features/plans/components/plan-trail';
import { DefinitionList } from '@/components/ui/definition-list';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
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
      <PageHeader title={t('page.title', { year: plan.year, unit: plan.unitName })} back={{ href: '/handlingsplaner', label: t('list.title') }} />
      <DefinitionList
        className="mt-4 max-w-2xl"
        items={[
          { term: t('page.unit'), details: plan.unitName },
          { term: t('page.year'), details: plan.year },
          { term: t('page.version'), details: plan.version },
          { term: t('page.status'), details: <StatusBadge kind="plan" value={plan.status} /> },
          { term: t('page.createdBy'), details: plan.createdByName ?? '–' },
          { term: t('page.submittedAt'), details: when(plan.submittedAt) },
          { term: t('page.decided'), details: plan.decidedByName && plan.decidedAt ? t('page.decidedBy', { name: plan.decidedByName, at: when(plan.decidedAt) }) : '–' },
        ]}
      />

      {!plan.isCurrent ? (
        <Notice tone="neutral" className="mt-4 max-w-3xl">
          {t('page.notCurrent', { version: plan.version })} {current ? <TextLink href={`/handlingsplaner/${current.id}`}>{t('page.openCurrent')}</TextLink> : null}
        </Notice>
      ) : null}
      {plan.isCurrent && plan.status === 'approved' ? <p className="mt-4 max-w-3xl">{t('page.locked')}</p> : null}
      {plan.isCurrent && plan.status === 'submitted' ? <p className="mt-4 max-w-3xl">{t('page.waiting')}</p> : null}
      {plan.status === 'returned' && plan.decisionComment ? (
        <Section id="returned-heading" title={t('page.returnedTitle')} size="sm" className="mt-4 max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
          <p className="mt-1">{t('page.returnedBy', { name: plan.decidedByName ?? t('page.unknownPerson') })}</p>
          <p className="mt-1 whitespace-pre-line" data-testid="return-comment">
            {plan.decisionComment}
          </p>
        </Section>
      ) : null}

      <Section id="activities-heading" title={t('page.activitiesTitle')} className="mt-8">
        <ActivitiesTable planId={plan.id} rows={activities} editable={rights.canEdit} />
      </Section>

      {rights.canEdit && options ? (
        <Section id="add-heading" title={t('page.addTitle')} look="card" className="mt-8 max-w-2xl">
          <div className="mt-3">
            <ActivityForm planId={plan.id} revision={plan.revision} options={options} />
          </div>
        </Section>
      ) : null}

      {rights.canSubmit ? (
        <Section id="submit-heading" title={t('page.submitTitle')} intro={t('page.submitHint')} className="mt-8 max-w-2xl">
          <div className="mt-3">
            <PlanStepForm step="submit" {...ref} id="submit" label={t('form.submit')} />
          </div>
        </Section>
      ) : null}

      {rights.canDecide ? (
        <Section id="decision-heading" title={t('page.decisionTitle')} intro={t('form.approveHint')} look="card" className="mt-8 max-w-2xl">
          <div className="mt-3">
            <PlanStepForm step="approve" {...ref} id="approve" label={t('form.approve')} />
          </div>
          <div className="mt-6 border-t border-slate-200 pt-4">
            <PlanStepForm step="return" {...ref} id="return" label={t('form.return')} variant="secondary" comment={{ label: t('form.returnComment'), hint: t('form.returnHint') }} />
          </div>
        </Section>
      ) : null}

      {rights.canStartNewVersion ? (
        <Section id="new-version-heading" title={t('page.newVersionTitle')} intro={t('page.newVersionHint')} className="mt-8 max-w-2xl">
          <div className="mt-3">
            <PlanStepForm step="newVersion" {...ref} id="new-version" label={t('form.newVersion')} />
          </div>
        </Section>
      ) : null}

      <Section id="versions-heading" title={t('page.versionsTitle')} className="mt-8">
        <PlanVersions currentId={plan.id} versions={versions} />
      </Section>

      <Section id="trail-heading" title={t('page.trailTitle')} intro={t('page.trailIntro')} className="mt-8">
        <PlanTrail events={trail} />
      </Section>
    </>
  );
}
