import type { Metadata } from 'next';

import { MeetingForm } from '@/features/meetings/components/meeting-form';
import { getMeetingForm } from '@/features/meetings/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('followUp');
  return { title: t('newMeeting') };
}

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<{ enhet?: string }> }) {
  const { enhet } = await searchParams;
  const form = await orNotFound(requireViewer().then((viewer) => getMeetingForm(getDb(), viewer, enhet)));
  const t = await translator('followUp');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('newMeeting')}</h1>
      <p className="mt-2 text-slate-700">
        {form.unit.name}. {t('meetingPlanNote', { year: form.year })}
      </p>
      {form.activities.length === 0 ? <p className="mt-4">{t('noActivities')}</p> : null}
      <div className="mt-6 max-w-4xl">
        <MeetingForm unitId={form.unit.id} today={form.today} members={form.members} activities={form.activities} />
      </div>
    </>
  );
}
