import type { Metadata } from 'next';

import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { listMeetings } from '@/features/meetings/queries';
import { formatter, translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('followUp');
  return { title: t('meetingsTitle') };
}

export default async function MeetingsPage() {
  const { units } = await listMeetings();
  const t = await translator('followUp');
  const format = await formatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long' });
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
                  <TextLink href={`/apt/${m.id}`}>{t('meetingTitle', { date: day(m.heldOn) })}</TextLink>
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
