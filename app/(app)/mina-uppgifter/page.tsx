import type { Metadata } from 'next';

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
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>

      <section aria-labelledby="lagras-heading" className="mt-8 max-w-3xl">
        <h2 id="lagras-heading" className="text-xl font-semibold">
          {t('storedHeading')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {STORED.map((key) => (
            <li key={key}>{t(`stored.${key}`)}</li>
          ))}
        </ul>
        <p className="mt-3">{t('retention', { years })}</p>
      </section>

      <section aria-labelledby="antal-heading" className="mt-8 max-w-3xl">
        <h2 id="antal-heading" className="text-xl font-semibold">
          {t('summaryHeading')}
        </h2>
        <table className="mt-2 w-full border-collapse bg-white text-left text-sm shadow-sm">
          <caption className="sr-only">{t('summaryCaption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">{t('kind')}</th>
              <th scope="col" className="p-2 text-right">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {COUNTED.map((key) => (
              <tr key={key} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">{t(`summary.${key}`)}</th>
                <td className="p-2 text-right tabular-nums">{summary[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="ladda-heading" className="mt-8 max-w-3xl">
        <h2 id="ladda-heading" className="text-xl font-semibold">
          {t('downloadHeading')}
        </h2>
        <p className="mt-2">{t('downloadIntro')}</p>
        {/* Plain links: a download is a GET of a route handler, not a form post. */}
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <a href="/mina-uppgifter/export?format=json" download className="inline-block rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800">
              {t('downloadJson')}
            </a>
          </li>
          <li>
            <a href="/mina-uppgifter/export?format=text" download className="inline-block rounded-md border border-administrative-600 px-4 py-2 font-semibold text-administrative-800 hover:bg-administrative-50">
              {t('downloadText')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
