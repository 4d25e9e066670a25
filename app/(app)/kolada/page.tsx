import type { Metadata } from 'next';

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
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>

      <section aria-labelledby="kolada-installningar" className="mt-6">
        <h2 id="kolada-installningar" className="text-xl font-semibold">{t('settings')}</h2>
        <dl className="mt-2 grid max-w-3xl gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t('municipalityId')}</dt>
          <dd>{overview.koladaMunicipalityId}</dd>
          <dt className="font-medium">{t('comparisonGroup')}</dt>
          <dd>{overview.comparisonGroup.length ? overview.comparisonGroup.join(', ') : t('noGroup')}</dd>
          <dt className="font-medium">{t('address')}</dt>
          <dd className="break-all">{overview.baseUrl}</dd>
          <dt className="font-medium">{t('lastFetch')}</dt>
          <dd>{overview.lastFetch ? t(overview.lastFetch.ok ? 'lastFetchOk' : 'lastFetchFailed', { date: when(overview.lastFetch.at) }) : t('noFetch')}</dd>
        </dl>
      </section>

      <section aria-labelledby="kolada-nyckeltal" className="mt-8">
        <h2 id="kolada-nyckeltal" className="text-xl font-semibold">{t('kpis')}</h2>
        {overview.kpis.length === 0 ? (
          <p className="mt-2">{t('noKpis')}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[32rem] border-collapse bg-white text-left text-sm shadow-sm">
              <caption className="sr-only">{t('kpisCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">{t('kpi')}</th>
                  <th scope="col" className="p-2 text-right">{t('values')}</th>
                  <th scope="col" className="p-2 text-right">{t('latestYear')}</th>
                  <th scope="col" className="p-2">{t('fetchedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.kpis.map((k) => (
                  <tr key={k.kpiId} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-medium">{k.kpiId}</th>
                    <td className="p-2 text-right">{k.values}</td>
                    <td className="p-2 text-right">{k.latestYear ?? '–'}</td>
                    <td className="p-2">{k.fetchedAt ? when(k.fetchedAt) : t('never')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="kolada-hamta" className="mt-8">
        <h2 id="kolada-hamta" className="text-xl font-semibold">{t('fetchHeading')}</h2>
        <p className="mt-2 max-w-3xl">{t('fetchHelp')}</p>
        <KoladaFetchForm />
      </section>
    </>
  );
}
