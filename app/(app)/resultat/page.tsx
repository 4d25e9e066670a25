import type { Metadata } from 'next';
import Link from 'next/link';

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
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      {year ? <p className="mt-1 font-medium">{t('year', { year: year.year })}</p> : null}
      <section aria-labelledby="kf-rubrik" className="mt-6">
        <h2 id="kf-rubrik" className="text-xl font-semibold">{t('council')}</h2>
        <p className="mt-2">
          <Link href="/resultat/kf" className="font-medium text-political-800 underline">{t('councilLink')}</Link>
        </p>
        <p className="mt-2">
          <Link href="/resultat/rapporter" className="font-medium text-political-800 underline">{(await translator('reports.index'))('linkFromDashboard')}</Link>
        </p>
      </section>
      <section aria-labelledby="namnder-rubrik" className="mt-6">
        <h2 id="namnder-rubrik" className="text-xl font-semibold">{t('boards')}</h2>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {boards.map((b) => (
            <li key={b.id} className="rounded-lg border-l-4 border-political-600 bg-white p-3 shadow-sm">
              <Link href={`/resultat/namnd/${b.id}`} className="font-medium text-political-800 underline">{b.name}</Link>
              {b.shortName ? <span className="ml-2 text-sm text-slate-700">({b.shortName})</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
