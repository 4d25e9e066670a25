import type { Metadata } from 'next';

import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { getMeeting } from '@/features/meetings/queries';
import { orNotFound } from '@/lib/or-not-found';
import { formatter, translator } from '@/lib/i18n/shared';

export const metadata: Metadata = { title: 'Arbetsplatsträff' };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const meeting = await orNotFound(getMeeting((await params).id));
  const t = await translator('followUp');
  const format = await formatter();
  return (
    <>
      <PageHeader title={t('meetingTitle', { date: format.dateTime(new Date(`${meeting.heldOn}T12:00:00Z`), { dateStyle: 'long' }) })} />
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
