import type { Metadata } from 'next';

import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { ReportsLink } from '@/features/reports/components/reports-link';
import { getDashboardIndex } from '@/features/dashboards/board';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('dashboards.index');
  return { title: t('title') };
}

export default async function ResultsIndexPage() {
  const { boards, year } = await getDashboardIndex(getDb(), await requireViewer());
  const t = await translator('dashboards.index');
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      {year ? <p className="mt-1 font-medium">{t('year', { year: year.year })}</p> : null}
      <Section id="kf-rubrik" title={t('council')} className="mt-6">
        <p className="mt-2">
          <TextLink href="/resultat/kf" tone="political">
            {t('councilLink')}
          </TextLink>
        </p>
        <p className="mt-2">
          <ReportsLink />
        </p>
      </Section>
      <Section id="namnder-rubrik" title={t('boards')} className="mt-6">
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {boards.map((b) => (
            <li key={b.id} className="rounded-lg border-l-4 border-political-600 bg-white p-3 shadow-sm">
              <TextLink href={`/resultat/namnd/${b.id}`} tone="political">
                {b.name}
              </TextLink>
              {b.shortName ? <span className="ml-2 text-sm text-slate-700">({b.shortName})</span> : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
