import type { Metadata } from 'next';
import Link from 'next/link';

import { PlanStepForm } from '@/features/plans/components/plan-step-form';
import { StatusBadge } from '@/components/ui/status-badge';
import { listPlansToActOn } from '@/features/plans/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { formatter, translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('plans.list');
  return { title: t('title') };
}

function pageNumber(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isSafeInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ sida?: string | string[] }> }) {
  const list = await listPlansToActOn(getDb(), await requireViewer(), pageNumber((await searchParams).sida));
  const t = await translator('plans.list');
  const format = await formatter();
  const pages = Math.max(1, Math.ceil(list.awaiting.total / list.pageSize));

  if (list.year === null) {
    return (
      <>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2">{t('noYear')}</p>
      </>
    );
  }

  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro', { year: list.year })}</p>

      {list.myUnitPlan ? (
        <section aria-labelledby="my-unit-heading" className="mt-6">
          <h2 id="my-unit-heading" className="text-xl font-semibold">
            {t('myUnitTitle')}
          </h2>
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <Link href={`/handlingsplaner/${list.myUnitPlan.id}`} className="font-medium text-administrative-800 underline">
              {t('open', { unit: list.myUnitPlan.unitName })}
            </Link>
            <StatusBadge kind="plan" value={list.myUnitPlan.status} />
          </p>
        </section>
      ) : null}

      {list.own.length > 0 ? (
        <section aria-labelledby="own-heading" className="mt-8">
          <h2 id="own-heading" className="text-xl font-semibold">
            {t('ownTitle')}
          </h2>
          <table className="mt-3 w-full max-w-3xl border-collapse bg-white text-left text-sm shadow-sm">
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">{t('unit')}</th>
                <th scope="col" className="p-2">{t('version')}</th>
                <th scope="col" className="p-2">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.own.map((p) => (
                <tr key={p.unitId} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    {p.id ? (
                      <Link href={`/handlingsplaner/${p.id}`} className="text-administrative-800 underline">
                        {t('open', { unit: p.unitName })}
                      </Link>
                    ) : (
                      p.unitName
                    )}
                  </th>
                  <td className="p-2">{p.version ?? '–'}</td>
                  <td className="p-2">
                    {p.status ? (
                      <StatusBadge kind="plan" value={p.status} />
                    ) : (
                      <PlanStepForm step="create" hidden={{ unitId: p.unitId }} id={`create-${p.unitId}`} label={t('createPlan', { year: list.year })} variant="secondary" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {!list.myUnitPlan && list.own.length === 0 && !list.awaiting.isDecider ? <p className="mt-6 max-w-3xl">{t('nothing')}</p> : null}

      {list.awaiting.isDecider ? (
        <section aria-labelledby="awaiting-heading" className="mt-8">
          <h2 id="awaiting-heading" className="text-xl font-semibold">
            {t('awaitingTitle')}
          </h2>
          <p className="mt-1">{t('awaitingCount', { count: list.awaiting.total })}</p>
          {list.awaiting.rows.length > 0 ? (
            <table className="mt-3 w-full max-w-3xl border-collapse bg-white text-left text-sm shadow-sm">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">{t('unit')}</th>
                  <th scope="col" className="p-2">{t('version')}</th>
                  <th scope="col" className="p-2">{t('submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.awaiting.rows.map((p) => (
                  <tr key={p.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-medium">
                      <Link href={`/handlingsplaner/${p.id}`} className="text-administrative-800 underline">
                        {t('open', { unit: p.unitName })}
                      </Link>
                    </th>
                    <td className="p-2">{p.version}</td>
                    <td className="p-2">{p.submittedAt ? format.dateTime(p.submittedAt, { dateStyle: 'medium' }) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {pages > 1 ? (
            <nav aria-label={t('pagination')} className="mt-3 flex items-center gap-4">
              {list.page > 1 ? (
                <Link href={`/handlingsplaner?sida=${list.page - 1}`} className="text-administrative-800 underline">
                  {t('previous')}
                </Link>
              ) : null}
              <span>{t('pageOf', { page: list.page, pages })}</span>
              {list.page < pages ? (
                <Link href={`/handlingsplaner?sida=${list.page + 1}`} className="text-administrative-800 underline">
                  {t('next')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
