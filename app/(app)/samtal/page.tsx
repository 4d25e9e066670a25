import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';

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
      <h1 className="text-3xl font-bold">{t('talksTitle')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('talksIntro', { year: talks.year ?? '' })}</p>

      <section aria-labelledby="own-heading" className="mt-8">
        <h2 id="own-heading" className="text-xl font-semibold">
          {t('ownTalks')}
        </h2>
        {talks.own.length === 0 ? (
          <p className="mt-2">{t('noOwnTalks')}</p>
        ) : (
          <TalkList talks={talks.own.map((talk) => ({ id: talk.id, status: talk.status, label: `${kind(talk.kind)} ${formatDate(talk.heldOn, locale)}` }))} />
        )}
      </section>

      {talks.employees.length > 0 ? (
        <>
          <section aria-labelledby="team-heading" className="mt-10">
            <h2 id="team-heading" className="text-xl font-semibold">
              {t('teamTalks')}
            </h2>
            <TalkList talks={talks.asManager.map((talk) => ({ id: talk.id, status: talk.status, label: `${kind(talk.kind)} ${t('with', { name: talk.employeeName })}, ${formatDate(talk.heldOn, locale)}` }))} />
            <h3 className="mt-6 text-lg font-semibold">{t('withoutTalk', { count: talks.withoutTalk.length })}</h3>
            {talks.withoutTalk.length === 0 ? (
              <p className="mt-1">{t('allHadTalk')}</p>
            ) : (
              <ul className="mt-1 list-disc pl-6">
                {talks.withoutTalk.map((p) => (
                  <li key={p.personId}>{p.name}</li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="book-heading" className="mt-10 max-w-3xl rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="book-heading" className="text-xl font-semibold">
              {t('bookTitle')}
            </h2>
            <div className="mt-3">
              <BookTalkForm employees={talks.employees} defaultDate={talks.suggestedDate} />
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
