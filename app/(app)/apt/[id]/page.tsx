import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { DataTable } from '@/components/ui/data-table';
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
      <h1 className="text-3xl font-bold">{await titleOf(meeting.heldOn)}</h1>
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
