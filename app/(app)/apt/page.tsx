import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';

import { listMeetings } from '@/features/meetings/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/dates/format-date';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('followUp');
  return { title: t('meetingsTitle') };
}

export default async function MeetingsPage() {
  const { units } = listMeetings(getDb(), await requireViewer());
  const t = await translator('followUp');
  const locale = await getLocale();
  return (
    <>
      <h1 className="text-3xl font-bold">{t('meetingsTitle')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('meetingsIntro')}</p>
      {units.length === 0 ? <p className="mt-6">{t('noMeetings')}</p> : null}
      {units.map((u) => (
        <section key={u.id} aria-labelledby={`unit-${u.id}`} className="mt-8">
          <h2 id={`unit-${u.id}`} className="text-xl font-semibold">
            {u.name}
          </h2>
          {u.canRecord ? (
            <p className="mt-2">
              <Link href={`/apt/ny?enhet=${u.id}`} className="inline-block rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800">
                {t('newMeeting')}
              </Link>
            </p>
          ) : null}
          {u.meetings.length === 0 ? (
            <p className="mt-2">{t('noMeetings')}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {u.meetings.map((m) => (
                <li key={m.id} className="rounded-md bg-white p-3 shadow-sm">
                  <Link href={`/apt/${m.id}`} className="font-medium text-administrative-800 underline">
                    {t('meetingTitle', { date: formatDate(m.heldOn, locale) })}
                  </Link>
                  <span className="ml-2 text-sm text-slate-700">{t('attendeesCount', { count: m.attendees })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
