import type { Metadata } from 'next';

import { Heading } from '@/components/ui/heading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { RuleExplainer } from '@/features/rollup/components/rule-explainer';
import { AssessmentForm } from '@/features/reports/components/assessment-form';
import { DiffList } from '@/features/reports/components/diff-list';
import { SnapshotView } from '@/features/reports/components/snapshot-view';
import { ApproveReportForm, ReturnReportForm, SubmitReportForm } from '@/features/reports/components/step-forms';
import { StatusBadge } from '@/components/ui/status-badge';
import { getReportPage, type ReportPage } from '@/features/reports/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { reportDownloadPath, reportPrintPath } from '@/features/reports/paths';
import type { DeadlineState } from '@/features/reports/deadlines';
import { translator } from '@/lib/i18n/shared';

type Params = { params: Promise<{ periodId: string; bodyId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { periodId, bodyId } = await params;
  const page = await orNotFound(getReportPage(getDb(), await requireViewer(), { periodId, bodyId }));
  const t = await translator('reports.page');
  return { title: page.kind === 'compiled' ? t('compiledTitle', { period: page.period.name }) : t('title', { body: page.body.name, period: page.period.name }) };
}

const REPORT_FILES = ['pdf', 'docx', 'csv'] as const;

type Proposal = NonNullable<ReportPage['unitForms'][number]['goals'][number]['proposal']>;

async function ProposalLine({ proposal }: { proposal: Proposal | null }) {
  const t = await translator('reports.page');
  return (
    <p className="mt-1">
      <span className="font-medium">{t('proposal')}: </span>
      {proposal?.proposed ? <StatusBadge kind="fulfilment" value={proposal.proposed} /> : <span className="text-slate-700">{t('noProposal')}</span>}
      {proposal ? <span className="ml-2 text-sm text-slate-700">({t('activities', { count: proposal.activities })})</span> : null}
    </p>
  );
}

async function Written({ a }: { a: { fulfilment: 'fulfilled' | 'partly_fulfilled' | 'not_fulfilled'; forecast: 'fulfilled' | 'partly_fulfilled' | 'not_fulfilled' | null; analysis: string } | null }) {
  const t = await translator('reports.page');
  const status = await translator('status.fulfilment');
  if (!a)
    return (
      <p className="mt-1 text-slate-700">
        {t('readOnlyAssessment')}: {t('notAssessed')}
      </p>
    );
  return (
    <div className="mt-1">
      <span className="font-medium">{t('readOnlyAssessment')}: </span>
      <StatusBadge kind="fulfilment" value={a.fulfilment} />
      {a.forecast ? <span className="ml-2 text-sm">{t('forecastShort', { forecast: status(a.forecast) })}</span> : null}
      <p className="whitespace-pre-line">{a.analysis}</p>
    </div>
  );
}

async function DeadlineText({ label, state, date }: { label: string; state: DeadlineState; date: string }) {
  const t = await translator('reports.deadline');
  const late = state === 'late' || state === 'doneLate';
  return (
    <li className={late ? 'font-semibold text-red-800' : undefined}>
      {late ? <span aria-hidden="true">⚠ </span> : null}
      {label}: {t(state === 'done' || state === 'doneLate' ? 'open' : state, { date, doneOn: '' })}
    </li>
  );
}

export default async function ReportPage({ params }: Params) {
  const { periodId, bodyId } = await params;
  const page = await orNotFound(getReportPage(getDb(), await requireViewer(), { periodId, bodyId }));
  const t = await translator('reports.page');
  const interim = page.period.kind === 'interim';
  const compiled = page.kind === 'compiled';
  const title = compiled ? t('compiledTitle', { period: page.period.name }) : t('title', { body: page.body.name, period: page.period.name });
  const step = { periodId: page.period.id, bodyId: page.body.id };
  const decision = page.approved?.decision;
  return (
    <>
      <PageHeader title={title} back={{ href: `/resultat/rapporter?period=${page.period.id}`, label: t('back') }} />
      <p id="report-status" className="mt-2">
        <span className="font-medium">{t('status')}: </span>
        <StatusBadge kind="plan" value={page.status} />
        {page.submittedOn && page.submittedBy ? <span className="ml-2 text-sm">{t('submittedBy', { date: page.submittedOn, name: page.submittedBy })}</span> : null}
      </p>
      {decision ? <p className="mt-1 font-medium">{t('decision', { body: decision.body, date: decision.decidedOn, paragraph: decision.paragraph, title: decision.title })}</p> : null}
      {page.returnComment ? (
        <Notice tone="warning" role="status" className="mt-2">
          {t('returned', { comment: page.returnComment })}
        </Notice>
      ) : null}

      {page.status !== 'approved' ? (
        <Section id="deadlines" title={t('deadlines')} size="md" className="mt-4">
          <ul className="mt-1 list-disc pl-5">
            {!compiled ? (
              <li className={page.deadlines.unit.passed ? 'font-semibold text-red-800' : undefined}>
                {page.deadlines.unit.passed ? <span aria-hidden="true">⚠ </span> : null}
                {page.deadlines.unit.passed ? t('unitDeadlineLate', { date: page.deadlines.unit.date }) : t('unitDeadline', { date: page.deadlines.unit.date })}
              </li>
            ) : null}
            {!compiled ? <DeadlineText label={t('administrationDeadline')} state={page.deadlines.administration} date={page.period.administrationDeadline} /> : null}
            <DeadlineText label={compiled ? t('compiledDeadline') : t('boardDeadline')} state={page.deadlines.board} date={page.period.boardDeadline} />
          </ul>
        </Section>
      ) : null}

      {page.unitForms.map((u) => (
        <Section key={u.unitId} id={`unit-${u.unitId}`} title={t('unitHeading', { unit: u.name })} intro={u.canWrite ? t('unitIntro') : t('unitLocked')} className="mt-6 rounded-lg border-l-4 border-administrative-600 bg-white p-4 shadow-sm">
          <ul className="mt-3 space-y-4">
            {u.goals.map((g) => (
              <li key={g.id}>
                <Heading level={3} size="sm">
                  {g.code} {g.title}
                </Heading>
                <ProposalLine proposal={g.proposal} />
                {u.canWrite ? <AssessmentForm {...step} goalId={g.id} unitId={u.unitId} code={g.code} level="unitLevel" interim={interim} current={g.assessment} /> : <Written a={g.assessment} />}
              </li>
            ))}
          </ul>
        </Section>
      ))}

      {page.preparation && page.administration && !compiled ? (
        <Section id="administration-goals" title={t('administrationHeading')} size="xl" className="mt-8">
          <p className="mt-1 max-w-3xl text-slate-700">{t('administrationIntro')}</p>
          <ul className="mt-3 space-y-4">
            {page.preparation.administrationGoals.map((g) => (
              <GoalToAssess key={g.id} goal={g}>
                <Heading level={4} size="sm" className="mt-2">
                  {t('unitAssessments')}
                </Heading>
                {g.unitAssessments.length === 0 ? <p className="text-slate-700">{t('noUnitAssessments')}</p> : null}
                <ul className="mt-1 space-y-2 pl-4">
                  {g.unitAssessments.map((a) => (
                    <li key={a.unitId}>
                      <span className="font-medium">{a.unitName}: </span>
                      <StatusBadge kind="fulfilment" value={a.fulfilment} />
                      {a.late ? (
                        <span className="ml-2 text-sm font-semibold text-red-800">
                          <span aria-hidden="true">⚠ </span>
                          {t('late')} – {t('lateText')}
                        </span>
                      ) : null}
                      <p className="whitespace-pre-line text-sm">{a.analysis}</p>
                    </li>
                  ))}
                </ul>
                {g.missingUnits.length ? <p className="mt-1 text-sm text-slate-700">{t('missingUnits', { units: g.missingUnits.join(', ') })}</p> : null}
                {page.rights.writeBody ? <AssessmentForm {...step} goalId={g.id} unitId={page.administration!.id} code={g.code} level="administrationLevel" interim={interim} current={g.own} /> : <Written a={g.own} />}
              </GoalToAssess>
            ))}
          </ul>
        </Section>
      ) : null}

      {page.preparation ? (
        <Section id="own-goals" title={compiled ? t('ksHeading') : t('boardHeading')} size="xl" className="mt-8">
          {compiled ? <p className="mt-1 max-w-3xl text-slate-700">{t('ksIntro')}</p> : null}
          <ul className="mt-3 space-y-4">
            {page.preparation.ownGoals.map((g) => (
              <GoalToAssess key={g.id} goal={g}>
                {page.rights.writeBody ? <AssessmentForm {...step} goalId={g.id} unitId={page.body.id} code={g.code} level={compiled ? 'ksLevel' : 'boardLevel'} interim={interim} current={g.own} /> : <Written a={g.own} />}
              </GoalToAssess>
            ))}
          </ul>
        </Section>
      ) : null}

      {page.rights.submit ? (
        <Section id="submit-heading" title={compiled ? t('compiledSubmitHeading') : t('submitHeading')} intro={t('submitIntro')} look="outlined" className="mt-8">
          <SubmitReportForm {...step} />
        </Section>
      ) : null}
      {page.rights.return ? (
        <Section id="return-heading" title={t('returnHeading')} look="outlined" className="mt-8">
          <ReturnReportForm {...step} />
        </Section>
      ) : null}
      {page.rights.approve ? (
        <Section id="approve-heading" title={t('approveHeading')} intro={t('approveIntro')} look="outlined" className="mt-8">
          {/* The suggested title becomes the decision's title in the municipality's records, which are in Swedish (språklagen) whatever language the approver reads. */}
          <ApproveReportForm {...step} today={page.today} defaultTitle={`${interim ? 'Delårsrapport' : 'Årsredovisning'} ${page.period.year}`} />
        </Section>
      ) : null}

      {page.approved ? (
        <>
          <Notice tone="success" role="note" className="mt-4 max-w-3xl">
            {t('frozen')}
          </Notice>
          {page.reportId !== null ? <ReportFiles reportId={page.reportId} /> : null}
          <Section id="snapshot-heading" title={t('snapshotHeading')} size="xl" className="mt-6">
            <SnapshotView snapshot={page.approved} headingLevel={3} idPrefix="frozen" />
          </Section>
          {page.comparisons ? (
            <>
              <Section id="compare-live" title={t('compareLive')} intro={t('compareLiveIntro')} size="xl" className="mt-8">
                <DiffList diffs={page.comparisons.live} />
              </Section>
              <Section id="compare-previous" title={t('comparePrevious')} intro={page.comparisons.previous ? t('comparePreviousIntro', { name: page.comparisons.previous.name }) : undefined} size="xl" className="mt-8">
                {page.comparisons.previous ? <DiffList diffs={page.comparisons.previous.diffs} /> : <p className="mt-1">{t('noPrevious')}</p>}
              </Section>
            </>
          ) : null}
        </>
      ) : page.live ? (
        <Section id="live-heading" title={t('liveHeading')} size="xl" className="mt-8">
          <SnapshotView snapshot={page.live} headingLevel={3} idPrefix="live" />
        </Section>
      ) : null}

      {page.readable && page.status !== 'approved' ? <RuleExplainer settings={page.settings} /> : null}
    </>
  );
}

/** A goal the body assesses: its code and title, the rule's proposal, then what the page adds. */
function GoalToAssess({ goal, children }: { goal: { code: string; title: string; proposal: Proposal | null }; children: React.ReactNode }) {
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <Heading level={3}>
        {goal.code} {goal.title}
      </Heading>
      <ProposalLine proposal={goal.proposal} />
      {children}
    </li>
  );
}

/** The approved report for print, and as files to download. */
async function ReportFiles({ reportId }: { reportId: number }) {
  const t = await translator('reports.page');
  return (
    <ul aria-label={t('downloads')} className="mt-3 flex flex-wrap gap-3">
      <li>
        <TextLink href={reportPrintPath(reportId)}>{t('print')}</TextLink>
      </li>
      {REPORT_FILES.map((kind) => (
        <li key={kind}>
          <TextLink href={reportDownloadPath(reportId, kind)} native download>
            {t(kind)}
          </TextLink>
        </li>
      ))}
    </ul>
  );
}
