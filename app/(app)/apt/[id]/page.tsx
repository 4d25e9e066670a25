import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';

import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { getMeeting } from '@/features/meetings/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatDate } from '@/lib/dates/format-date';
import { translator } from '@/lib/i18n/shared';

export const metadata: Metadata = { title: 'Arbetsplatsträff' };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meeting = await orNotFound(requireViewer().then((viewer) => getMeeting(getDb(), viewer, id)));
  const t = await translator('followUp');
  const locale = await getLocale();
  return (
    <>
      <h1 className="text-3xl font-bold">{t('meetingTitle', { date: formatDate(meeting.heldOn, locale) })}</h1>
      <p className="mt-2">
        {t('unit')}: {meeting.unitName}
      </p>
      <section aria-labelledby="entries-heading" className="mt-6">
        <h2 id="entries-heading" className="text-xl font-semibold">
          {t('activity')}
        </h2>
        <DataTable columns={[t('activity'), t('status'), t('comment'), t('decision')]}>
              {meeting.entries.map((e) => (
                <tr key={e.activityId} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">{e.title}</th>
                  <td className="p-2"><StatusBadge kind="activity" value={e.status} /></td>
                  <td className="p-2">{e.comment ?? '–'}</td>
                  <td className="p-2">{e.decision ?? '–'}</td>
                </tr>
              ))}
        </DataTable>
      </section>
      <section aria-labelledby="attendees-heading" className="mt-6">
        <h2 id="attendees-heading" className="text-xl font-semibold">
          {t('attendees')} ({meeting.attendees.length})
        </h2>
        <p className="mt-2">{meeting.attendees.join(', ')}</p>
      </section>
      <section aria-labelledby="minutes-heading" className="mt-6 max-w-3xl">
        <h2 id="minutes-heading" className="text-xl font-semibold">
          {t('minutes')}
        </h2>
        <p className="mt-2 whitespace-pre-line rounded-md bg-white p-3 shadow-sm">{meeting.minutes ?? '–'}</p>
      </section>
    </>
  );
}
