import type { Metadata } from 'next';
import Link from 'next/link';

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
  if (!a) return <p className="mt-1 text-slate-700">{t('readOnlyAssessment')}: {t('notAssessed')}</p>;
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
      <p className="text-sm">
        <Link href={`/resultat/rapporter?period=${page.period.id}`} className="text-administrative-800 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p id="report-status" className="mt-2">
        <span className="font-medium">{t('status')}: </span>
        <StatusBadge kind="plan" value={page.status} />
        {page.submittedOn && page.submittedBy ? <span className="ml-2 text-sm">{t('submittedBy', { date: page.submittedOn, name: page.submittedBy })}</span> : null}
      </p>
      {decision ? <p className="mt-1 font-medium">{t('decision', { body: decision.body, date: decision.decidedOn, paragraph: decision.paragraph, title: decision.title })}</p> : null}
      {page.returnComment ? <p role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2">{t('returned', { comment: page.returnComment })}</p> : null}

      {page.status !== 'approved' ? (
        <section aria-labelledby="deadlines" className="mt-4">
          <h2 id="deadlines" className="text-lg font-semibold">{t('deadlines')}</h2>
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
        </section>
      ) : null}

      {page.unitForms.map((u) => (
        <section key={u.unitId} aria-labelledby={`unit-${u.unitId}`} className="mt-6 rounded-lg border-l-4 border-administrative-600 bg-white p-4 shadow-sm">
          <h2 id={`unit-${u.unitId}`} className="text-xl font-semibold">{t('unitHeading', { unit: u.name })}</h2>
          <p className="mt-1 text-slate-700">{u.canWrite ? t('unitIntro') : t('unitLocked')}</p>
          <ul className="mt-3 space-y-4">
            {u.goals.map((g) => (
              <li key={g.id}>
                <h3 className="font-semibold">{g.code} {g.title}</h3>
                <ProposalLine proposal={g.proposal} />
                {u.canWrite ? (
                  <AssessmentForm {...step} goalId={g.id} unitId={u.unitId} code={g.code} level="unitLevel" interim={interim} current={g.assessment} />
                ) : (
                  <Written a={g.assessment} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}

      {page.preparation && page.administration && !compiled ? (
        <section aria-labelledby="administration-goals" className="mt-8">
          <h2 id="administration-goals" className="text-2xl font-semibold">{t('administrationHeading')}</h2>
          <p className="mt-1 max-w-3xl text-slate-700">{t('administrationIntro')}</p>
          <ul className="mt-3 space-y-4">
            {page.preparation.administrationGoals.map((g) => (
              <li key={g.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="text-lg font-semibold">{g.code} {g.title}</h3>
                <ProposalLine proposal={g.proposal} />
                <h4 className="mt-2 font-medium">{t('unitAssessments')}</h4>
                {g.unitAssessments.length === 0 ? <p className="text-slate-700">{t('noUnitAssessments')}</p> : null}
                <ul className="mt-1 space-y-2 pl-4">
                  {g.unitAssessments.map((a) => (
                    <li key={a.unitId}>
                      <span className="font-medium">{a.unitName}: </span>
                      <StatusBadge kind="fulfilment" value={a.fulfilment} />
                      {a.late ? <span className="ml-2 text-sm font-semibold text-red-800"><span aria-hidden="true">⚠ </span>{t('late')} – {t('lateText')}</span> : null}
                      <p className="whitespace-pre-line text-sm">{a.analysis}</p>
                    </li>
                  ))}
                </ul>
                {g.missingUnits.length ? <p className="mt-1 text-sm text-slate-700">{t('missingUnits', { units: g.missingUnits.join(', ') })}</p> : null}
                {page.rights.writeBody ? (
                  <AssessmentForm {...step} goalId={g.id} unitId={page.administration!.id} code={g.code} level="administrationLevel" interim={interim} current={g.own} />
                ) : (
                  <Written a={g.own} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.preparation ? (
        <section aria-labelledby="own-goals" className="mt-8">
          <h2 id="own-goals" className="text-2xl font-semibold">{compiled ? t('ksHeading') : t('boardHeading')}</h2>
          {compiled ? <p className="mt-1 max-w-3xl text-slate-700">{t('ksIntro')}</p> : null}
          <ul className="mt-3 space-y-4">
            {page.preparation.ownGoals.map((g) => (
              <li key={g.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="text-lg font-semibold">{g.code} {g.title}</h3>
                <ProposalLine proposal={g.proposal} />
                {page.rights.writeBody ? (
                  <AssessmentForm {...step} goalId={g.id} unitId={page.body.id} code={g.code} level={compiled ? 'ksLevel' : 'boardLevel'} interim={interim} current={g.own} />
                ) : (
                  <Written a={g.own} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.rights.submit ? (
        <section aria-labelledby="submit-heading" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="submit-heading" className="text-xl font-semibold">{compiled ? t('compiledSubmitHeading') : t('submitHeading')}</h2>
          <p className="mt-1 text-slate-700">{t('submitIntro')}</p>
          <SubmitReportForm {...step} />
        </section>
      ) : null}
      {page.rights.return ? (
        <section aria-labelledby="return-heading" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="return-heading" className="text-xl font-semibold">{t('returnHeading')}</h2>
          <ReturnReportForm {...step} />
        </section>
      ) : null}
      {page.rights.approve ? (
        <section aria-labelledby="approve-heading" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="approve-heading" className="text-xl font-semibold">{t('approveHeading')}</h2>
          <p className="mt-1 text-slate-700">{t('approveIntro')}</p>
          {/* The suggested title becomes the decision's title in the municipality's records, which are in Swedish (språklagen) whatever language the approver reads. */}
          <ApproveReportForm {...step} today={page.today} defaultTitle={`${interim ? 'Delårsrapport' : 'Årsredovisning'} ${page.period.year}`} />
        </section>
      ) : null}

      {page.approved ? (
        <>
          <p role="note" className="mt-4 max-w-3xl rounded-md border border-emerald-300 bg-emerald-50 p-3">{t('frozen')}</p>
          {page.reportId !== null ? (
            <ul aria-label={t('downloads')} className="mt-3 flex flex-wrap gap-3">
              <li><Link href={reportPrintPath(page.reportId)} className="font-medium text-administrative-800 underline">{t('print')}</Link></li>
              <li><a href={reportDownloadPath(page.reportId, 'pdf')} download className="font-medium text-administrative-800 underline">{t('pdf')}</a></li>
              <li><a href={reportDownloadPath(page.reportId, 'docx')} download className="font-medium text-administrative-800 underline">{t('docx')}</a></li>
              <li><a href={reportDownloadPath(page.reportId, 'csv')} download className="font-medium text-administrative-800 underline">{t('csv')}</a></li>
            </ul>
          ) : null}
          <section aria-labelledby="snapshot-heading" className="mt-6">
            <h2 id="snapshot-heading" className="text-2xl font-semibold">{t('snapshotHeading')}</h2>
            <SnapshotView snapshot={page.approved} headingLevel={3} idPrefix="frozen" />
          </section>
          {page.comparisons ? (
            <>
              <section aria-labelledby="compare-live" className="mt-8">
                <h2 id="compare-live" className="text-2xl font-semibold">{t('compareLive')}</h2>
                <p className="mt-1 text-slate-700">{t('compareLiveIntro')}</p>
                <DiffList diffs={page.comparisons.live} />
              </section>
              <section aria-labelledby="compare-previous" className="mt-8">
                <h2 id="compare-previous" className="text-2xl font-semibold">{t('comparePrevious')}</h2>
                {page.comparisons.previous ? (
                  <>
                    <p className="mt-1 text-slate-700">{t('comparePreviousIntro', { name: page.comparisons.previous.name })}</p>
                    <DiffList diffs={page.comparisons.previous.diffs} />
                  </>
                ) : (
                  <p className="mt-1">{t('noPrevious')}</p>
                )}
              </section>
            </>
          ) : null}
        </>
      ) : page.live ? (
        <section aria-labelledby="live-heading" className="mt-8">
          <h2 id="live-heading" className="text-2xl font-semibold">{t('liveHeading')}</h2>
          <SnapshotView snapshot={page.live} headingLevel={3} idPrefix="live" />
        </section>
      ) : null}

      {page.readable && page.status !== 'approved' ? <RuleExplainer settings={page.settings} /> : null}
    </>
  );
}
