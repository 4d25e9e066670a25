import type { Metadata } from 'next';

import { DataTable } from '@/components/ui/data-table';
import { Heading } from '@/components/ui/heading';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import { PeriodChoice } from '@/features/dashboards/components/period-choice';
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
      <PageHeader title={t('title')} lead={t('intro')} back={{ href: '/resultat', label: t('back') }} />
      {!period ? (
        <p className="mt-4">{t('noPeriods')}</p>
      ) : (
        <>
          <PeriodChoice label={t('period')} submit={t('show')} periods={periods} chosen={period.id} />
          <Heading level={2} size="xl" className="mt-6">
            {period.name}
          </Heading>
          <Section id="deadlines-heading" title={t('deadlines')} level={3} size="sm" className="mt-2">
            <ul className="mt-1 list-disc pl-5">
              <li>{t('unitDeadline', { date: period.unitDeadline })}</li>
              <li>{t('administrationDeadline', { date: period.administrationDeadline })}</li>
              <li>{t('boardDeadline', { date: period.boardDeadline })}</li>
            </ul>
          </Section>
          <Section id="boards-heading" title={t('reportsHeading')} level={3} size="lg" className="mt-6">
            <DataTable caption={t('reportsHeading')} minWidth="40rem" rows={boards} rowKey={(r) => r.bodyId}>
              {[
                {
                  header: t('body'),
                  rowHeader: true,
                  cell: (r) =>
                    r.readable ? (
                      <TextLink href={reportPagePath(period.id, r.bodyId)} tone="political">
                        {r.name}
                      </TextLink>
                    ) : (
                      <>
                        <span className="font-normal">{r.name}</span>
                        <span className="block text-sm font-normal text-slate-700">{t('notReadable')}</span>
                      </>
                    ),
                },
                { header: t('status'), cell: (r) => <StatusBadge kind="plan" value={r.status} /> },
                { header: t('submission'), cell: (r) => <Deadline state={r.submission} date={period.administrationDeadline} doneOn={r.submittedOn} /> },
                { header: t('approval'), cell: (r) => <Deadline state={r.approval} date={period.boardDeadline} doneOn={r.approvedOn} /> },
                { header: t('decision'), cell: (r) => r.paragraph ?? '–' },
              ]}
            </DataTable>
          </Section>
          {compiled ? (
            <Section id="compiled-heading" title={t('compiled')} level={3} size="lg" look="political" className="mt-6">
              <p className="mt-2">
                <StatusBadge kind="plan" value={compiled.status} />
                {compiled.paragraph ? (
                  <span className="ml-2">
                    {compiled.approvedOn}, {compiled.paragraph}
                  </span>
                ) : null}
              </p>
              {compiled.readable ? (
                <p className="mt-2">
                  <TextLink href={reportPagePath(period.id, compiled.bodyId)} tone="political">
                    {t('openCompiled')}
                  </TextLink>
                </p>
              ) : (
                <p className="mt-2 text-sm text-slate-700">{t('notReadable')}</p>
              )}
            </Section>
          ) : null}
        </>
      )}
    </>
  );
}
