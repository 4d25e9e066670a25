import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';

import { DisposalForm, RetentionRuleForm } from '@/features/privacy/components/retention-forms';
import { retentionOverview } from '@/features/privacy/retention-data';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatDate } from '@/lib/dates/format-date';
import { formatter, translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('retention');
  return { title: t('title') };
}

export default async function RetentionPage() {
  const overview = await orNotFound(retentionOverview(getDb(), await requireViewer()));
  const t = await translator('retention');
  const tl = await translator('auditLog');
  const format = await formatter();
  const locale = await getLocale();
  return (
    <>
      <p>
        <Link href="/admin/logg" className="text-administrative-800 underline">
          {tl('title')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>

      <section aria-labelledby="regel-heading" className="mt-8">
        <h2 id="regel-heading" className="text-xl font-semibold">
          {t('ruleHeading')}
        </h2>
        <p className="mt-2 max-w-3xl">{t('current', { years: overview.years, cutoff: formatDate(overview.preview.cutoffDate, locale) })}</p>
        <RetentionRuleForm years={overview.years} />
      </section>

      <section aria-labelledby="gallra-heading" className="mt-10">
        <h2 id="gallra-heading" className="text-xl font-semibold">
          {t('runHeading')}
        </h2>
        <p className="mt-2 max-w-3xl">{t('runIntro')}</p>
        <p className="mt-2 max-w-3xl">
          {overview.lastRun ? t('lastRun', { at: format.dateTime(overview.lastRun.at, { dateStyle: 'long', timeStyle: 'short' }), notes: overview.lastRun.notes, texts: overview.lastRun.entryTexts, cutoff: formatDate(overview.lastRun.cutoffDate, locale) }) : t('neverRun')}
        </p>
        <DisposalForm />
        <p className="mt-4 max-w-3xl text-sm text-slate-700">{t('cli')}</p>
      </section>
    </>
  );
}
