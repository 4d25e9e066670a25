import type { Metadata } from 'next';

import { DataTable } from '@/components/ui/data-table';
import { DefinitionList } from '@/components/ui/definition-list';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { KoladaFetchForm } from '@/features/kolada/components/fetch-form';
import { getKoladaOverview } from '@/features/kolada/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatter, translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('kolada');
  return { title: t('title') };
}

export default async function KoladaPage() {
  const overview = await orNotFound(getKoladaOverview(getDb(), await requireViewer()));
  const t = await translator('kolada');
  const format = await formatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />

      <Section id="kolada-installningar" title={t('settings')} className="mt-6">
        <DefinitionList
          className="mt-2 max-w-3xl"
          items={[
            { term: t('municipalityId'), details: overview.koladaMunicipalityId },
            { term: t('comparisonGroup'), details: overview.comparisonGroup.length ? overview.comparisonGroup.join(', ') : t('noGroup') },
            { term: t('address'), details: <span className="break-all">{overview.baseUrl}</span> },
            { term: t('lastFetch'), details: overview.lastFetch ? t(overview.lastFetch.ok ? 'lastFetchOk' : 'lastFetchFailed', { date: when(overview.lastFetch.at) }) : t('noFetch') },
          ]}
        />
      </Section>

      <Section id="kolada-nyckeltal" title={t('kpis')} className="mt-8">
        <DataTable caption={t('kpisCaption')} minWidth="32rem" rows={overview.kpis} rowKey={(k) => k.kpiId} empty={t('noKpis')}>
          {[
            { header: t('kpi'), rowHeader: true, cell: (k) => k.kpiId },
            { header: t('values'), numeric: true, cell: (k) => k.values },
            { header: t('latestYear'), numeric: true, cell: (k) => k.latestYear ?? '–' },
            { header: t('fetchedAt'), cell: (k) => (k.fetchedAt ? when(k.fetchedAt) : t('never')) },
          ]}
        </DataTable>
      </Section>

      <Section id="kolada-hamta" title={t('fetchHeading')} className="mt-8">
        <p className="mt-2 max-w-3xl">{t('fetchHelp')}</p>
        <KoladaFetchForm />
      </Section>
    </>
  );
}
