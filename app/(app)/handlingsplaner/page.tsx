import type { Metadata } from 'next';

import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
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
        <PageHeader title={t('title')} />
        <p className="mt-2">{t('noYear')}</p>
      </>
    );
  }
  const year = list.year;

  return (
    <>
      <PageHeader title={t('title')} lead={t('intro', { year })} />

      {list.myUnitPlan ? (
        <Section id="my-unit-heading" title={t('myUnitTitle')} className="mt-6">
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <TextLink href={`/handlingsplaner/${list.myUnitPlan.id}`}>{t('open', { unit: list.myUnitPlan.unitName })}</TextLink>
            <StatusBadge kind="plan" value={list.myUnitPlan.status} />
          </p>
        </Section>
      ) : null}

      {list.own.length > 0 ? (
        <Section id="own-heading" title={t('ownTitle')} className="mt-8">
          <DataTable caption={t('ownTitle')} width="max-w-3xl" rows={list.own} rowKey={(p) => p.unitId}>
            {[
              { header: t('unit'), rowHeader: true, cell: (p) => (p.id ? <TextLink href={`/handlingsplaner/${p.id}`}>{t('open', { unit: p.unitName })}</TextLink> : p.unitName) },
              { header: t('version'), cell: (p) => p.version ?? '–' },
              {
                header: t('status'),
                cell: (p) => (p.status ? <StatusBadge kind="plan" value={p.status} /> : <PlanStepForm step="create" hidden={{ unitId: p.unitId }} id={`create-${p.unitId}`} label={t('createPlan', { year: list.year })} variant="secondary" />),
              },
            ]}
          </DataTable>
        </Section>
      ) : null}

      {!list.myUnitPlan && list.own.length === 0 && !list.awaiting.isDecider ? <p className="mt-6 max-w-3xl">{t('nothing')}</p> : null}

      {list.awaiting.isDecider ? (
        <Section id="awaiting-heading" title={t('awaitingTitle')} className="mt-8">
          <p className="mt-1">{t('awaitingCount', { count: list.awaiting.total })}</p>
          {list.awaiting.rows.length > 0 ? (
            <DataTable caption={t('awaitingTitle')} width="max-w-3xl" rows={list.awaiting.rows} rowKey={(p) => p.unitId}>
              {[
                { header: t('unit'), rowHeader: true, cell: (p) => <TextLink href={`/handlingsplaner/${p.id}`}>{t('open', { unit: p.unitName })}</TextLink> },
                { header: t('version'), cell: (p) => p.version },
                { header: t('submittedAt'), cell: (p) => (p.submittedAt ? format.dateTime(p.submittedAt, { dateStyle: 'medium' }) : '–') },
              ]}
            </DataTable>
          ) : null}
          {pages > 1 ? (
            <nav aria-label={t('pagination')} className="mt-3 flex items-center gap-4">
              {list.page > 1 ? <TextLink href={`/handlingsplaner?sida=${list.page - 1}`}>{t('previous')}</TextLink> : null}
              <span>{t('pageOf', { page: list.page, pages })}</span>
              {list.page < pages ? <TextLink href={`/handlingsplaner?sida=${list.page + 1}`}>{t('next')}</TextLink> : null}
            </nav>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}
