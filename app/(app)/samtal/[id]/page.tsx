import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { EventStatus } from '@/features/follow-ups/components/event-status';
import { ConfirmTalkForm, CorrectTalkForm, PreparationForm, RecordForm } from '@/features/talks/components/talk-forms';
import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { getTalk } from '@/features/talks/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatDate } from '@/lib/dates/format-date';
import { formatter, translator } from '@/lib/i18n/shared';

type Props = { params: Promise<{ id: string }> };

// Reading a talk is written to the audit log: the title and the page share one read per request.
const load = cache(async (id: string) => orNotFound(requireViewer().then((viewer) => getTalk(getDb(), viewer, id))));

// The kind of talk only: the employee's name stays out of tab titles and the browser's history.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const talk = await load((await params).id);
  const t = await translator('followUp');
  return { title: t(`kind.${talk.kind}`) };
}

export default async function TalkPage({ params }: Props) {
  const talk = await load((await params).id);
  const t = await translator('followUp');
  const format = await formatter();
  const locale = await getLocale();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : t('notYet'));
  const kindName = t(`kind.${talk.kind}`);

  return (
    <>
      <h1 className="text-3xl font-bold">{t('talkTitle', { kind: kindName, name: talk.employeeName })}</h1>
      <dl className="mt-4 grid max-w-2xl gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('heldOn')}</dt>
        <dd>{formatDate(talk.heldOn, locale)}</dd>
        <dt className="font-medium">{t('manager')}</dt>
        <dd>{talk.managerName}</dd>
        <dt className="font-medium">{t('status')}</dt>
        <dd>
          <EventStatus status={talk.status} />
        </dd>
      </dl>
      {talk.correctsEventId ? (
        <p className="mt-2">
          <Link href={`/samtal/${talk.correctsEventId}`} className="text-administrative-800 underline">
            {t('corrects', { date: formatDate(talk.heldOn, locale) })}
          </Link>
        </p>
      ) : null}
      {talk.assignmentId ? (
        <p className="mt-2">
          <Link href={`/uppdrag/${talk.assignmentId}`} className="text-administrative-800 underline">
            {t('openAssignment')}
          </Link>
        </p>
      ) : null}
      <p className="mt-4 max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t('confidential')}</p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-10">
          {talk.activities.length > 0 ? (
            <section aria-labelledby="activities-heading">
              <h2 id="activities-heading" className="text-xl font-semibold">
                {t('activity')}
              </h2>
              <DataTable columns={[t('activity'), t('selfStatus'), t('agreedStatus'), t('nextStep')]}>
                    {talk.activities.map((a) => (
                      <tr key={a.id} className="border-b border-slate-200 align-top">
                        <th scope="row" className="p-2 font-medium">{a.title}</th>
                        <td className="p-2">{a.selfStatus ? <StatusBadge kind="activity" value={a.selfStatus} /> : '–'}{a.selfComment ? <p className="mt-1">{a.selfComment}</p> : null}</td>
                        <td className="p-2">{a.status ? <StatusBadge kind="activity" value={a.status} /> : '–'}{a.comment ? <p className="mt-1">{a.comment}</p> : null}</td>
                        <td className="p-2">{a.nextStep ?? '–'}</td>
                      </tr>
                    ))}
              </DataTable>
            </section>
          ) : null}

          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="text-xl font-semibold">
              {t('notes')}
            </h2>
            {talk.notes.length === 0 ? (
              <p className="mt-2">{t('noNotes')}</p>
            ) : (
              <ul className="mt-2 space-y-3">
                {talk.notes.map((n) => (
                  <li key={n.id} className="rounded-md bg-white p-3 shadow-sm">
                    <p className="text-sm text-slate-700">{t('noteBy', { kind: t(`noteKind.${n.kind}` as 'noteKind.talk'), name: n.authorName, date: when(n.createdAt) })}</p>
                    <p className="mt-1 whitespace-pre-line">{n.body}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {talk.can.prepare ? (
            <section aria-labelledby="prepare-heading">
              <h2 id="prepare-heading" className="text-xl font-semibold">
                {t('prepareTitle')}
              </h2>
              <p className="mt-1 text-slate-700">{t('prepareIntro')}</p>
              <div className="mt-3">
                <PreparationForm talkId={talk.id} revision={talk.revision} activities={talk.activities} />
              </div>
            </section>
          ) : null}

          {talk.can.record ? (
            <section aria-labelledby="record-heading">
              <h2 id="record-heading" className="text-xl font-semibold">
                {t('recordTitle')}
              </h2>
              <p className="mt-1 text-slate-700">{t('recordIntro')}</p>
              <div className="mt-3">
                <RecordForm talkId={talk.id} revision={talk.revision} activities={talk.kind === 'appraisal_talk' ? talk.activities : []} isSalaryTalk={talk.kind === 'salary_talk'} />
              </div>
            </section>
          ) : null}

          <section aria-labelledby="confirm-heading" className="rounded-lg border border-administrative-600 bg-administrative-50 p-4">
            <h2 id="confirm-heading" className="text-xl font-semibold">
              {t('confirmTitle')}
            </h2>
            <p className="mt-1">{t('confirmedBy', { employee: when(talk.employeeConfirmedAt), manager: when(talk.managerConfirmedAt) })}</p>
            {talk.status === 'confirmed' ? <p className="mt-1">{t('locked')}</p> : <p className="mt-1">{t('confirmIntro')}</p>}
            {talk.can.confirmAsEmployee || talk.can.confirmAsManager ? (
              <div className="mt-3">
                <ConfirmTalkForm talkId={talk.id} revision={talk.revision} />
              </div>
            ) : null}
            {talk.can.correct ? (
              <div className="mt-3">
                <p className="mb-2 text-sm">{t('correctIntro')}</p>
                <CorrectTalkForm talkId={talk.id} revision={talk.revision} />
              </div>
            ) : null}
          </section>
        </div>

        <aside aria-labelledby="beside-heading" className="space-y-4">
          <h2 id="beside-heading" className="text-xl font-semibold">
            {t('beside')}
          </h2>
          <ul className="space-y-3 text-sm">
            {talk.activities.map((a) => (
              <li key={a.id} className="rounded-md bg-white p-3 shadow-sm">
                <p className="font-medium">{a.title}</p>
                {a.latestApt ? <p className="mt-1">{t('latestApt', { date: formatDate(a.latestApt.heldOn, locale) })} <StatusBadge kind="activity" value={a.latestApt.status} /></p> : null}
                {a.earlier.map((e) => (
                  <p key={e.eventId} className="mt-1">
                    {formatDate(e.heldOn, locale)}: <StatusBadge kind="activity" value={e.status} />
                    {e.nextStep ? ` – ${e.nextStep}` : ''}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          {talk.earlier.length === 0 ? (
            <p className="text-sm">{t('noEarlier')}</p>
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {talk.earlier.map((e) => (
                <li key={e.id}>
                  <Link href={`/samtal/${e.id}`} className="text-administrative-800 underline">
                    {t('earlierTalk', { kind: t(`kind.${e.kind}` as 'kind.appraisal_talk'), date: formatDate(e.heldOn, locale) })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </>
  );
}
