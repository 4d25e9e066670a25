import type { Metadata } from 'next';

import { PageHeader } from '@/components/ui/page-header';
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
      <PageHeader title={t('newMeeting')} lead={`${form.unit.name}. ${t('meetingPlanNote', { year: form.year })}`} />
      {form.activities.length === 0 ? <p className="mt-4">{t('noActivities')}</p> : null}
      <div className="mt-6 max-w-4xl">
        <MeetingForm unitId={form.unit.id} today={form.today} members={form.members} activities={form.activities} />
      </div>
    </>
  );
}
