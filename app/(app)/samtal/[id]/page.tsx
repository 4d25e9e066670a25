import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { ConfirmTalkForm, CorrectTalkForm, PreparationForm, RecordForm } from '@/features/talks/components/talk-forms';
import { DataTable } from '@/components/ui/data-table';
import { DefinitionList } from '@/components/ui/definition-list';
import { Heading } from '@/components/ui/heading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
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
      <PageHeader title={t('talkTitle', { kind: kindName, name: talk.employeeName })} />
      <DefinitionList
        className="mt-4 max-w-2xl"
        items={[
          { term: t('heldOn'), details: formatDate(talk.heldOn, locale) },
          { term: t('manager'), details: talk.managerName },
          { term: t('status'), details: <StatusBadge kind="event" value={talk.status} /> },
        ]}
      />
      {talk.correctsEventId ? (
        <p className="mt-2">
          <TextLink href={`/samtal/${talk.correctsEventId}`}>{t('corrects', { date: formatDate(talk.heldOn, locale) })}</TextLink>
        </p>
      ) : null}
      {talk.assignmentId ? (
        <p className="mt-2">
          <TextLink href={`/uppdrag/${talk.assignmentId}`}>{t('openAssignment')}</TextLink>
        </p>
      ) : null}
      <Notice tone="warning" className="mt-4 max-w-3xl text-sm">
        {t('confidential')}
      </Notice>

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-10">
          {talk.activities.length > 0 ? (
            <Section id="activities-heading" title={t('activity')}>
              <DataTable caption={t('activity')} minWidth="36rem" rows={talk.activities}>
                {[
                  { header: t('activity'), rowHeader: true, cell: (a) => a.title },
                  { header: t('selfStatus'), cell: (a) => <StatusWithComment status={a.selfStatus} comment={a.selfComment} /> },
                  { header: t('agreedStatus'), cell: (a) => <StatusWithComment status={a.status} comment={a.comment} /> },
                  { header: t('nextStep'), cell: (a) => a.nextStep ?? '–' },
                ]}
              </DataTable>
            </Section>
          ) : null}

          <Section id="notes-heading" title={t('notes')}>
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
          </Section>

          {talk.can.prepare ? (
            <Section id="prepare-heading" title={t('prepareTitle')} intro={t('prepareIntro')}>
              <div className="mt-3">
                <PreparationForm talkId={talk.id} revision={talk.revision} activities={talk.activities} />
              </div>
            </Section>
          ) : null}

          {talk.can.record ? (
            <Section id="record-heading" title={t('recordTitle')} intro={t('recordIntro')}>
              <div className="mt-3">
                <RecordForm talkId={talk.id} revision={talk.revision} activities={talk.kind === 'appraisal_talk' ? talk.activities : []} isSalaryTalk={talk.kind === 'salary_talk'} />
              </div>
            </Section>
          ) : null}

          <Section id="confirm-heading" title={t('confirmTitle')} look="highlighted">
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
          </Section>
        </div>

        <aside aria-labelledby="beside-heading" className="space-y-4">
          <Heading level={2} id="beside-heading">
            {t('beside')}
          </Heading>
          <ul className="space-y-3 text-sm">
            {talk.activities.map((a) => (
              <li key={a.id} className="rounded-md bg-white p-3 shadow-sm">
                <p className="font-medium">{a.title}</p>
                {a.latestApt ? (
                  <p className="mt-1">
                    {t('latestApt', { date: formatDate(a.latestApt.heldOn, locale) })} <StatusBadge kind="activity" value={a.latestApt.status} />
                  </p>
                ) : null}
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
                  <TextLink href={`/samtal/${e.id}`}>{t('earlierTalk', { kind: t(`kind.${e.kind}` as 'kind.appraisal_talk'), date: formatDate(e.heldOn, locale) })}</TextLink>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </>
  );
}

/** A status set in the talk, with the comment given beside it. */
function StatusWithComment({ status, comment }: { status: string | null; comment: string | null }) {
  return (
    <>
      {status ? <StatusBadge kind="activity" value={status} /> : '–'}
      {comment ? <p className="mt-1">{comment}</p> : null}
    </>
  );
}
