import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';

import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
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
      <PageHeader title={t('meetingsTitle')} lead={t('meetingsIntro')} />
      {units.length === 0 ? <p className="mt-6">{t('noMeetings')}</p> : null}
      {units.map((u) => (
        <Section key={u.id} id={`unit-${u.id}`} title={u.name} className="mt-8">
          {u.canRecord ? (
            <p className="mt-2">
              <ButtonLink href={`/apt/ny?enhet=${u.id}`}>{t('newMeeting')}</ButtonLink>
            </p>
          ) : null}
          {u.meetings.length === 0 ? (
            <p className="mt-2">{t('noMeetings')}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {u.meetings.map((m) => (
                <li key={m.id} className="rounded-md bg-white p-3 shadow-sm">
                  <TextLink href={`/apt/${m.id}`}>{t('meetingTitle', { date: formatDate(m.heldOn, locale) })}</TextLink>
                  <span className="ml-2 text-sm text-slate-700">{t('attendeesCount', { count: m.attendees })}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ))}
    </>
  );
}
