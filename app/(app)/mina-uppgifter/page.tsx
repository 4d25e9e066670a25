import type { Metadata } from 'next';

import { ButtonLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { myDataSummary } from '@/features/privacy/my-data';
import { myRetentionYears } from '@/features/privacy/retention-data';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('myData');
  return { title: t('title') };
}

const STORED = ['person', 'account', 'employments', 'roles', 'assignments', 'talks', 'meetings', 'log'] as const;
const COUNTED = ['employments', 'assignments', 'talks', 'notes', 'noteReads', 'auditRows'] as const;

export default async function MyDataPage() {
  const db = getDb();
  const viewer = await requireViewer();
  const summary = myDataSummary(db, viewer);
  const years = myRetentionYears(db, viewer);
  const t = await translator('myData');
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />

      <Section id="lagras-heading" title={t('storedHeading')} className="mt-8 max-w-3xl">
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {STORED.map((key) => (
            <li key={key}>{t(`stored.${key}`)}</li>
          ))}
        </ul>
        <p className="mt-3">{t('retention', { years })}</p>
      </Section>

      <Section id="antal-heading" title={t('summaryHeading')} className="mt-8 max-w-3xl">
        <DataTable caption={t('summaryCaption')} fitsScreen rows={COUNTED} rowKey={(key) => key}>
          {[
            { header: t('kind'), rowHeader: true, cell: (key) => t(`summary.${key}`) },
            { header: t('count'), numeric: true, cell: (key) => summary[key] },
          ]}
        </DataTable>
      </Section>

      <Section id="ladda-heading" title={t('downloadHeading')} className="mt-8 max-w-3xl">
        <p className="mt-2">{t('downloadIntro')}</p>
        {/* Plain links: a download is a GET of a route handler, not a form post. */}
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <ButtonLink href="/mina-uppgifter/export?format=json" native download>
              {t('downloadJson')}
            </ButtonLink>
          </li>
          <li>
            <ButtonLink href="/mina-uppgifter/export?format=text" native download variant="secondary">
              {t('downloadText')}
            </ButtonLink>
          </li>
        </ul>
      </Section>
    </>
  );
}
