import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { DataTable } from '@/components/ui/data-table';
import { DefinitionList } from '@/components/ui/definition-list';
import { Heading } from '@/components/ui/heading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { GoalForm } from '@/features/goals/components/goal-form';
import { IndicatorForm } from '@/features/goals/components/indicator-form';
import { KoladaComparisonTable } from '@/features/kolada/components/kolada-comparison';
import { StatusBadge } from '@/components/ui/status-badge';
import { getGoalPage } from '@/features/goals/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { formatDate } from '@/lib/dates/format-date';
import { formatter, translator } from '@/lib/i18n/shared';

type Search = { sida?: string; indikator?: string; sparat?: string };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Search> };

// The title and the page read the same goal page, once per request.
const load = cache(async (id: string, page: number) => orNotFound(requireViewer().then((viewer) => getGoalPage(getDb(), viewer, { id, page }))));

async function loadFor({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const page = /^\d+$/.test(search.sida ?? '') ? Number(search.sida) : 1;
  return { search, data: await load(id, page) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await loadFor(props);
  return { title: `${data.goal.code} ${data.goal.title}` };
}

export default async function GoalPage(props: Props) {
  const { search, data } = await loadFor(props);
  const t = await translator('goals.page');
  const tc = await translator('goals.cascade');
  const format = await formatter();
  const locale = await getLocale();
  const { goal } = data;
  const editing = data.indicators.find((i) => String(i.id) === search.indikator);

  return (
    <>
      <PageHeader
        kicker={`${tc(`level.${goal.level}`)} · ${t('year', { year: goal.year })}`}
        title={
          <>
            <span className="text-slate-700">{goal.code}</span> {goal.title}
          </>
        }
      />
      {search.sparat ? (
        <Notice tone="success" role="status" className="mt-3 max-w-2xl">
          {t('saved')}
        </Notice>
      ) : null}
      {goal.yearStatus === 'closed' ? (
        <Notice tone="muted" className="mt-3 max-w-2xl">
          {t('yearClosed', { year: goal.year })}
        </Notice>
      ) : null}
      {goal.description ? <p className="mt-3 max-w-3xl whitespace-pre-line">{goal.description}</p> : null}

      <DefinitionList
        className="mt-4 max-w-3xl"
        items={[
          {
            term: t('status'),
            details: (
              <span className="flex flex-wrap gap-2">
                <StatusBadge kind="goal" value={goal.status} />
                {goal.latestAssessment ? <StatusBadge kind="fulfilment" value={goal.latestAssessment.fulfilment} suffix={`(${goal.latestAssessment.periodName})`} /> : <span>{tc('noAssessment')}</span>}
              </span>
            ),
          },
          { term: t('owner'), details: goal.ownerName },
          { term: t('responsible'), details: goal.responsibleName ?? '–' },
          { term: t('decision'), details: data.decision ? t('decisionText', { body: data.decision.body, date: formatDate(data.decision.decidedOn, locale), paragraph: data.decision.paragraph, title: data.decision.title }) : t('noDecision') },
          { term: tc('contribution'), details: tc('contributionText', { activities: data.contribution.activities, employees: data.contribution.employees }) },
          goal.carriedFromGoalId ? { term: t('carriedFrom'), details: <TextLink href={`/mal/${goal.carriedFromGoalId}`}>{t('carriedFromLink')}</TextLink> } : null,
        ]}
      />

      <Section id="indikatorer" title={t('indicators')} className="mt-8">
        {data.indicators.length === 0 ? <p className="mt-2">{t('noIndicators')}</p> : null}
        <ul className="mt-3 space-y-4">
          {data.indicators.map((i) => (
            <li key={i.id} className="rounded-lg bg-white p-4 shadow-sm">
              <Heading level={3} size="sm">
                {i.name}
              </Heading>
              <p className="text-sm">
                {t('indicatorFacts', { baseline: format.number(i.baseline), baselineYear: i.baselineYear, target: format.number(i.target), unit: i.unit, direction: i.direction, source: i.source })}
                {i.koladaKpiId ? ` · ${t('kolada', { id: i.koladaKpiId })}` : ''}
              </p>
              <DataTable caption={t('valuesOf', { name: i.name })} density="compact" fitsScreen width="max-w-md" rows={i.values} rowKey={(v) => v.periodEnd} empty={t('noValues')}>
                {[
                  { header: t('period'), rowHeader: true, cell: (v) => v.periodName },
                  { header: t('value'), numeric: true, cell: (v) => `${format.number(v.value)} ${i.unit}` },
                ]}
              </DataTable>
              {i.kolada ? <KoladaComparisonTable comparison={i.kolada} indicatorId={i.id} indicatorName={i.name} unit={i.unit} /> : null}
              {data.edit ? (
                <p className="mt-2 text-sm">
                  <TextLink href={`/mal/${goal.id}?indikator=${i.id}#indikatorformular`}>{t('editIndicator', { name: i.name })}</TextLink>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <Section id="bidrar-till" title={t('contributesTo')}>
          <GoalLinks goals={data.parents} empty={t('noParents')} />
        </Section>
        <Section id="bidrar-hit" title={t('contributedBy')}>
          <GoalLinks goals={data.children} empty={t('noChildren')} />
        </Section>
      </div>

      <Section id="aktiviteter" title={t('activities', { count: data.activities.total })} className="mt-8">
        <DataTable caption={t('activities', { count: data.activities.total })} minWidth="36rem" rows={data.activities.rows} empty={t('noActivities')}>
          {[
            { header: t('activity'), rowHeader: true, cell: (a) => a.title },
            { header: t('unit'), cell: (a) => a.unitName },
            { header: t('ends'), cell: (a) => formatDate(a.endDate, locale) },
            { header: t('activityStatus'), cell: (a) => <StatusBadge kind="activity" value={a.status} /> },
          ]}
        </DataTable>
        {data.activities.total > 0 && data.activities.pages > 1 ? (
          <nav aria-label={t('pagination')} className="mt-3 flex flex-wrap items-center gap-4">
            {data.activities.page > 1 ? <TextLink href={`/mal/${goal.id}?sida=${data.activities.page - 1}#aktiviteter`}>{t('previous')}</TextLink> : null}
            <span>{t('pageOf', { page: data.activities.page, pages: data.activities.pages })}</span>
            {data.activities.page < data.activities.pages ? <TextLink href={`/mal/${goal.id}?sida=${data.activities.page + 1}#aktiviteter`}>{t('next')}</TextLink> : null}
          </nav>
        ) : null}
      </Section>

      {data.edit ? (
        <>
          <Section id="andra-mal" title={t('editGoal')} className="mt-10">
            <GoalForm
              level={goal.level}
              board={data.edit.scope ? { boardId: data.edit.scope.boardId, name: data.edit.scope.boardName } : undefined}
              parentOptions={data.edit.parentOptions}
              parentIds={data.edit.parentIds}
              values={{ goalId: goal.id, planYearId: goal.planYearId, code: goal.code, title: goal.title, description: goal.description, status: goal.status, decidedOn: data.decision?.decidedOn, paragraph: data.decision?.paragraph }}
            />
          </Section>
          <Section id="indikatorformular" title={editing ? t('editIndicatorHeading', { name: editing.name }) : t('newIndicator')} className="mt-10">
            <IndicatorForm key={editing?.id ?? 'ny'} goalId={goal.id} values={editing} defaultBaselineYear={goal.year - 1} />
          </Section>
        </>
      ) : null}
    </>
  );
}

function GoalLinks({ goals, empty }: { goals: { id: number; code: string; title: string; status: 'draft' | 'adopted' }[]; empty: string }) {
  if (goals.length === 0) return <p className="mt-2">{empty}</p>;
  return (
    <ul className="mt-2 space-y-1">
      {goals.map((g) => (
        <li key={g.id}>
          <TextLink href={`/mal/${g.id}`}>
            {g.code} {g.title}
          </TextLink>
        </li>
      ))}
    </ul>
  );
}
