import type { Metadata } from 'next';
import Link from 'next/link';

import { StatusBadge } from '@/components/ui/status-badge';
import { getReportIndex } from '@/features/reports/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { reportPagePath } from '@/features/reports/paths';
import type { DeadlineState } from '@/features/reports/deadlines';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('reports.index');
  return { title: t('title') };
}

/** A deadline in words: late ones say so in text and with a symbol, not by colour alone. */
async function Deadline({ state, date, doneOn }: { state: DeadlineState; date: string; doneOn: string | null }) {
  const t = await translator('reports.deadline');
  const late = state === 'late' || state === 'doneLate';
  return (
    <span className={late ? 'font-semibold text-red-800' : undefined}>
      {late ? <span aria-hidden="true">⚠ </span> : null}
      {t(state, { date, doneOn: doneOn ?? '' })}
    </span>
  );
}

export default async function ReportIndexPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { period: rawPeriod } = await searchParams;
  const { periods, period, rows } = await orNotFound(getReportIndex(getDb(), await requireViewer(), rawPeriod));
  const t = await translator('reports.index');
  const boards = rows.filter((r) => r.kind !== 'council');
  const compiled = rows.find((r) => r.kind === 'council');
  return (
    <>
      <p className="text-sm">
        <Link href="/resultat" className="text-administrative-800 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      {!period ? (
        <p className="mt-4">{t('noPeriods')}</p>
      ) : (
        <>
          <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="period" className="block font-medium">{t('period')}</label>
              <select id="period" name="period" defaultValue={period.id} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2">
                {periods.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-md border border-administrative-600 px-4 py-2 font-semibold text-administrative-800">{t('show')}</button>
          </form>
          <h2 className="mt-6 text-2xl font-semibold">{period.name}</h2>
          <section aria-labelledby="deadlines-heading" className="mt-2">
            <h3 id="deadlines-heading" className="font-semibold">{t('deadlines')}</h3>
            <ul className="mt-1 list-disc pl-5">
              <li>{t('unitDeadline', { date: period.unitDeadline })}</li>
              <li>{t('administrationDeadline', { date: period.administrationDeadline })}</li>
              <li>{t('boardDeadline', { date: period.boardDeadline })}</li>
            </ul>
          </section>
          <section aria-labelledby="boards-heading" className="mt-6">
            <h3 id="boards-heading" className="text-xl font-semibold">{t('reportsHeading')}</h3>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2">{t('body')}</th>
                    <th scope="col" className="p-2">{t('status')}</th>
                    <th scope="col" className="p-2">{t('submission')}</th>
                    <th scope="col" className="p-2">{t('approval')}</th>
                    <th scope="col" className="p-2">{t('decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {boards.map((r) => (
                    <tr key={r.bodyId} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-normal">
                        {r.readable ? (
                          <Link href={reportPagePath(period.id, r.bodyId)} className="font-medium text-political-800 underline">{r.name}</Link>
                        ) : (
                          <>
                            {r.name}
                            <span className="block text-sm text-slate-700">{t('notReadable')}</span>
                          </>
                        )}
                      </th>
                      <td className="p-2"><StatusBadge kind="plan" value={r.status} /></td>
                      <td className="p-2"><Deadline state={r.submission} date={period.administrationDeadline} doneOn={r.submittedOn} /></td>
                      <td className="p-2"><Deadline state={r.approval} date={period.boardDeadline} doneOn={r.approvedOn} /></td>
                      <td className="p-2">{r.paragraph ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {compiled ? (
            <section aria-labelledby="compiled-heading" className="mt-6 rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm">
              <h3 id="compiled-heading" className="text-xl font-semibold">{t('compiled')}</h3>
              <p className="mt-2">
                <StatusBadge kind="plan" value={compiled.status} />
                {compiled.paragraph ? <span className="ml-2">{compiled.approvedOn}, {compiled.paragraph}</span> : null}
              </p>
              {compiled.readable ? (
                <p className="mt-2">
                  <Link href={reportPagePath(period.id, compiled.bodyId)} className="font-medium text-political-800 underline">{t('openCompiled')}</Link>
                </p>
              ) : (
                <p className="mt-2 text-sm text-slate-700">{t('notReadable')}</p>
              )}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
