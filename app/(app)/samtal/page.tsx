import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';

import { Heading } from '@/components/ui/heading';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { BookTalkForm } from '@/features/talks/components/book-talk-form';
import { TalkList } from '@/features/talks/components/talk-list';
import { listTalks } from '@/features/talks/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/dates/format-date';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('followUp');
  return { title: t('talksTitle') };
}

export default async function TalksPage() {
  const talks = listTalks(getDb(), await requireViewer());
  const t = await translator('followUp');
  const locale = await getLocale();
  const kind = (k: string) => t(`kind.${k}` as 'kind.appraisal_talk');

  return (
    <>
      <PageHeader title={t('talksTitle')} lead={t('talksIntro', { year: talks.year ?? '' })} />

      <Section id="own-heading" title={t('ownTalks')} className="mt-8">
        {talks.own.length === 0 ? <p className="mt-2">{t('noOwnTalks')}</p> : <TalkList talks={talks.own.map((talk) => ({ id: talk.id, status: talk.status, label: `${kind(talk.kind)} ${formatDate(talk.heldOn, locale)}` }))} />}
      </Section>

      {talks.employees.length > 0 ? (
        <>
          <Section id="team-heading" title={t('teamTalks')} className="mt-10">
            <TalkList talks={talks.asManager.map((talk) => ({ id: talk.id, status: talk.status, label: `${kind(talk.kind)} ${t('with', { name: talk.employeeName })}, ${formatDate(talk.heldOn, locale)}` }))} />
            <Heading level={3} className="mt-6">
              {t('withoutTalk', { count: talks.withoutTalk.length })}
            </Heading>
            {talks.withoutTalk.length === 0 ? (
              <p className="mt-1">{t('allHadTalk')}</p>
            ) : (
              <ul className="mt-1 list-disc pl-6">
                {talks.withoutTalk.map((p) => (
                  <li key={p.personId}>{p.name}</li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="book-heading" title={t('bookTitle')} look="outlined" className="mt-10 max-w-3xl">
            <div className="mt-3">
              <BookTalkForm employees={talks.employees} defaultDate={talks.suggestedDate} />
            </div>
          </Section>
        </>
      ) : null}
    </>
  );
}
