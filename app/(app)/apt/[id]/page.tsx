import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { getMeeting } from '@/features/meetings/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatDate } from '@/lib/dates/format-date';
import { translator } from '@/lib/i18n/shared';

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same meeting, once per request.
const load = cache(async (id: string) => orNotFound(requireViewer().then((viewer) => getMeeting(getDb(), viewer, id))));

async function titleOf(heldOn: string) {
  const t = await translator('followUp');
  return t('meetingTitle', { date: formatDate(heldOn, await getLocale()) });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await titleOf((await load((await params).id)).heldOn) };
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await load((await params).id);
  const t = await translator('followUp');
  return (
    <>
      <PageHeader title={await titleOf(meeting.heldOn)} />
      <p className="mt-2">
        {t('unit')}: {meeting.unitName}
      </p>
      <Section id="entries-heading" title={t('activity')} className="mt-6">
        <DataTable caption={t('activity')} minWidth="36rem" rows={meeting.entries} rowKey={(e) => e.activityId}>
          {[
            { header: t('activity'), rowHeader: true, cell: (e) => e.title },
            { header: t('status'), cell: (e) => <StatusBadge kind="activity" value={e.status} /> },
            { header: t('comment'), cell: (e) => e.comment ?? '–' },
            { header: t('decision'), cell: (e) => e.decision ?? '–' },
          ]}
        </DataTable>
      </Section>
      <Section id="attendees-heading" title={`${t('attendees')} (${meeting.attendees.length})`} className="mt-6">
        <p className="mt-2">{meeting.attendees.join(', ')}</p>
      </Section>
      <Section id="minutes-heading" title={t('minutes')} className="mt-6 max-w-3xl">
        <p className="mt-2 whitespace-pre-line rounded-md bg-white p-3 shadow-sm">{meeting.minutes ?? '–'}</p>
      </Section>
    </>
  );
}
