import type { Metadata } from 'next';
import { cache } from 'react';

import { AssignmentForm } from '@/features/assignments/components/assignment-form';
import { ConfirmForm } from '@/features/assignments/components/confirm-form';
import { DataTable } from '@/components/ui/data-table';
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
      <h1 className="text-3xl font-bold">{t('title', { year: assignment.year })}</h1>
      <dl className="mt-4 grid max-w-2xl gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('employee')}</dt>
        <dd>
          {assignment.employeeName}
          {assignment.employeeTitle ? `, ${assignment.employeeTitle.toLowerCase()}` : ''}
        </dd>
        <dt className="font-medium">{t('unit')}</dt>
        <dd>{assignment.unitName}</dd>
        <dt className="font-medium">{t('manager')}</dt>
        <dd>{assignment.managerName ?? '–'}</dd>
        <dt className="font-medium">{t('status')}</dt>
        <dd>
          <StatusBadge kind="assignment" value={assignment.status} />
        </dd>
        <dt className="font-medium">{t('employeeConfirmed')}</dt>
        <dd>{when(assignment.employeeConfirmedAt)}</dd>
        <dt className="font-medium">{t('managerConfirmed')}</dt>
        <dd>{when(assignment.managerConfirmedAt)}</dd>
      </dl>

      <section aria-labelledby="description-heading" className="mt-8 max-w-3xl">
        <h2 id="description-heading" className="text-xl font-semibold">
          {t('description')}
        </h2>
        <p className="mt-2 whitespace-pre-line rounded-lg bg-white p-4 shadow-sm">{assignment.description}</p>
      </section>

      <section aria-labelledby="contributions-heading" className="mt-8">
        <h2 id="contributions-heading" className="text-xl font-semibold">
          {t('contributions')}
        </h2>
        {assignment.activities.length === 0 ? (
          <p className="mt-2">{t('noContributions')}</p>
        ) : (
          <DataTable columns={[t('activity'), t('activityStatus'), t('goals'), t('contribution')]}>
                {assignment.activities.map((a) => (
                  <tr key={a.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-medium">{a.title}</th>
                    <td className="p-2"><StatusBadge kind="activity" value={a.status} /></td>
                    <td className="p-2">{a.goals.map((g) => `${g.code} ${g.title}`).join('; ')}</td>
                    <td className="p-2">{a.contribution ?? '–'}</td>
                  </tr>
                ))}
          </DataTable>
        )}
      </section>

      {assignment.canConfirm || assignment.canAgree || assignment.waitingForEmployee || assignment.awaitingManager ? (
        <section aria-labelledby="confirm-heading" className="mt-8 max-w-2xl rounded-lg border border-administrative-600 bg-administrative-50 p-4">
          <h2 id="confirm-heading" className="text-xl font-semibold">
            {ta('confirmTitle')}
          </h2>
          {assignment.canConfirm ? (
            <>
              <p className="mt-1">{ta('confirmIntro')}</p>
              <div className="mt-3">
                <ConfirmForm assignmentId={assignment.id} revision={assignment.revision} as="employee" label={ta('confirm')} />
              </div>
            </>
          ) : null}
          {assignment.canAgree ? (
            <>
              <p className="mt-1">{ta('agreeIntro')}</p>
              <div className="mt-3">
                <ConfirmForm assignmentId={assignment.id} revision={assignment.revision} as="manager" label={ta('agree')} />
              </div>
            </>
          ) : null}
          {assignment.waitingForEmployee ? <p className="mt-1">{ta('waitingForEmployee')}</p> : null}
          {assignment.awaitingManager ? <p className="mt-1">{ta('confirmed')}</p> : null}
        </section>
      ) : null}

      {assignment.canEdit ? (
        <section aria-labelledby="edit-heading" className="mt-10 max-w-3xl">
          <h2 id="edit-heading" className="text-xl font-semibold">
            {ta('editTitle')}
          </h2>
          <p className="mt-1 text-slate-700">{ta('editIntro')}</p>
          <div className="mt-4">
            <AssignmentForm
              assignment={{ id: assignment.id, revision: assignment.revision, description: assignment.description, chosen: assignment.activities.map((a) => ({ id: a.id, contribution: a.contribution })) }}
              choosable={assignment.choosable}
              unitName={assignment.unitName}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
