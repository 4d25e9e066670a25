import type { Metadata } from 'next';

import { PageHeader } from '@/components/ui/page-header';
import { OrgCard, type ExpandState } from '@/features/organisation/components/org-card';
import { getOrganisationChart } from '@/features/organisation/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('organisation');
  return { title: t('title') };
}

export default async function OrganisationPage({ searchParams }: { searchParams: Promise<{ visa?: string | string[] }> }) {
  const { visa } = await searchParams;
  const requested = (Array.isArray(visa) ? visa.join(',') : (visa ?? '')).split(',').map(Number);
  const chart = await orNotFound(getOrganisationChart(getDb(), await requireViewer(), requested));
  const t = await translator('organisation');

  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const council = chart.nodes.find((n) => n.kind === 'council');
  const boards = chart.nodes.filter((n) => n.kind === 'executive_board' || n.kind === 'board');
  const state: ExpandState = { expanded: chart.expanded, childrenOf: (id) => chart.nodes.filter((n) => n.parentId === id && n.kind !== 'administration') };
  const office = chart.nodes.find((n) => n.kind === 'municipal_office');
  // Administrations without a board of their own still belong in the chart.
  const served = new Set(boards.map((b) => b.servedByUnitId));
  const unpaired = chart.nodes.filter((n) => n.kind === 'administration' && !served.has(n.id));

  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      <ul aria-label={t('legend')} className="mt-4 flex flex-wrap gap-4 text-sm">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-4 w-4 rounded bg-political-600" /> {t('legendPolitical')}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-4 w-4 rounded bg-administrative-600" /> {t('legendAdministrative')}
        </li>
      </ul>

      <div className="mt-8 grid gap-x-3 gap-y-4 md:grid-cols-[minmax(0,1fr)_3rem_minmax(0,1fr)]">
        <h2 className="text-xl font-semibold text-political-800 md:col-start-1">{t('political')}</h2>
        <h2 className="hidden text-xl font-semibold text-administrative-800 md:col-start-3 md:block" aria-hidden="true">
          {t('administrative')}
        </h2>
        {council ? (
          <div className="md:col-start-1">
            <OrgCard node={council} state={state} />
          </div>
        ) : null}
        {office ? <div className="hidden md:col-start-3 md:block" aria-hidden="true" /> : null}
        {boards.map((board) => {
          const administration = board.servedByUnitId ? byId.get(board.servedByUnitId) : undefined;
          return (
            <section key={board.id} aria-label={administration ? t('connection', { board: board.name, administration: administration.name }) : board.name} className="contents">
              <div className="md:col-start-1 md:ml-6">
                <OrgCard node={board} state={state} note={administration ? `${t('servedBy')}: ${administration.name}` : undefined} />
              </div>
              <div aria-hidden="true" className="hidden items-start pt-10 md:flex">
                <span className="h-0.5 w-full bg-slate-500" />
              </div>
              {administration ? (
                <div className={administration.kind === 'administration' ? 'md:col-start-3 md:ml-6' : 'md:col-start-3'}>
                  <OrgCard node={administration} state={state} note={`${t('serves')}: ${board.name}`} />
                </div>
              ) : (
                <div className="md:col-start-3" />
              )}
            </section>
          );
        })}
        {unpaired.map((a) => (
          <div key={a.id} className="md:col-start-3 md:ml-6">
            <OrgCard node={a} state={state} />
          </div>
        ))}
      </div>
    </>
  );
}
