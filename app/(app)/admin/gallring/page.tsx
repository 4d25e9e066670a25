import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';

import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
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
      <PageHeader title={t('title')} lead={t('intro')} back={{ href: '/admin/logg', label: tl('title') }} />

      <Section id="regel-heading" title={t('ruleHeading')} className="mt-8">
        <p className="mt-2 max-w-3xl">{t('current', { years: overview.years, cutoff: formatDate(overview.preview.cutoffDate, locale) })}</p>
        <RetentionRuleForm years={overview.years} />
      </Section>

      <Section id="gallra-heading" title={t('runHeading')} className="mt-10">
        <p className="mt-2 max-w-3xl">{t('runIntro')}</p>
        <p className="mt-2 max-w-3xl">
          {overview.lastRun ? t('lastRun', { at: format.dateTime(overview.lastRun.at, { dateStyle: 'long', timeStyle: 'short' }), notes: overview.lastRun.notes, texts: overview.lastRun.entryTexts, cutoff: formatDate(overview.lastRun.cutoffDate, locale) }) : t('neverRun')}
        </p>
        <DisposalForm />
        <p className="mt-4 max-w-3xl text-sm text-slate-700">{t('cli')}</p>
      </Section>
    </>
  );
}
