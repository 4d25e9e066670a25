import type { Metadata } from 'next';
import { cache } from 'react';

import { AssignmentForm } from '@/features/assignments/components/assignment-form';
import { ConfirmForm } from '@/features/assignments/components/confirm-form';
import { DataTable } from '@/components/ui/data-table';
import { DefinitionList } from '@/components/ui/definition-list';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { getAssignment } from '@/features/assignments/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatter, translator } from '@/lib/i18n/shared';

// The title and the page read the same assignment, once per request.
const load = cache(async (id: string) => orNotFound(requireViewer().then((viewer) => getAssignment(getDb(), viewer, id))));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await translator('assignment');
  const assignment = await load((await params).id);
  return { title: t('title', { year: assignment.year }) };
}

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const assignment = await load((await params).id);
  const t = await translator('assignment');
  const ta = await translator('assignments');
  const format = await formatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long' }) : t('notConfirmed'));

  return (
    <>
      <PageHeader title={t('title', { year: assignment.year })} />
      <DefinitionList
        className="mt-4 max-w-2xl"
        items={[
          { term: t('employee'), details: `${assignment.employeeName}${assignment.employeeTitle ? `, ${assignment.employeeTitle.toLowerCase()}` : ''}` },
          { term: t('unit'), details: assignment.unitName },
          { term: t('manager'), details: assignment.managerName ?? '–' },
          { term: t('status'), details: <StatusBadge kind="assignment" value={assignment.status} /> },
          { term: t('employeeConfirmed'), details: when(assignment.employeeConfirmedAt) },
          { term: t('managerConfirmed'), details: when(assignment.managerConfirmedAt) },
        ]}
      />

      <Section id="description-heading" title={t('description')} className="mt-8 max-w-3xl">
        <p className="mt-2 whitespace-pre-line rounded-lg bg-white p-4 shadow-sm">{assignment.description}</p>
      </Section>

      <Section id="contributions-heading" title={t('contributions')} className="mt-8">
        <DataTable caption={t('contributions')} minWidth="36rem" rows={assignment.activities} empty={t('noContributions')}>
          {[
            { header: t('activity'), rowHeader: true, cell: (a) => a.title },
            { header: t('activityStatus'), cell: (a) => <StatusBadge kind="activity" value={a.status} /> },
            { header: t('goals'), cell: (a) => a.goals.map((g) => `${g.code} ${g.title}`).join('; ') },
            { header: t('contribution'), cell: (a) => a.contribution ?? '–' },
          ]}
        </DataTable>
      </Section>

      {assignment.canConfirm || assignment.canAgree || assignment.waitingForEmployee || assignment.awaitingManager ? (
        <Section id="confirm-heading" title={ta('confirmTitle')} look="highlighted" className="mt-8 max-w-2xl">
          {assignment.canConfirm ? <ConfirmStep intro={ta('confirmIntro')} form={<ConfirmForm assignmentId={assignment.id} revision={assignment.revision} as="employee" label={ta('confirm')} />} /> : null}
          {assignment.canAgree ? <ConfirmStep intro={ta('agreeIntro')} form={<ConfirmForm assignmentId={assignment.id} revision={assignment.revision} as="manager" label={ta('agree')} />} /> : null}
          {assignment.waitingForEmployee ? <p className="mt-1">{ta('waitingForEmployee')}</p> : null}
          {assignment.awaitingManager ? <p className="mt-1">{ta('confirmed')}</p> : null}
        </Section>
      ) : null}

      {assignment.canEdit ? (
        <Section id="edit-heading" title={ta('editTitle')} intro={ta('editIntro')} className="mt-10 max-w-3xl">
          <div className="mt-4">
            <AssignmentForm assignment={{ id: assignment.id, revision: assignment.revision, description: assignment.description, chosen: assignment.activities.map((a) => ({ id: a.id, contribution: a.contribution })) }} choosable={assignment.choosable} unitName={assignment.unitName} />
          </div>
        </Section>
      ) : null}
    </>
  );
}

/** One party's step in agreeing on the assignment: what confirming means, then the button. */
function ConfirmStep({ intro, form }: { intro: string; form: React.ReactNode }) {
  return (
    <>
      <p className="mt-1">{intro}</p>
      <div className="mt-3">{form}</div>
    </>
  );
}
