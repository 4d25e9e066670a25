import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { GoalForm } from '@/features/goals/components/goal-form';
import { GoalStatusBadge } from '@/features/goals/components/goal-status';
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
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {tc(`level.${goal.level}`)} · {t('year', { year: goal.year })}
      </p>
      <h1 className="text-3xl font-bold">
        <span className="text-slate-700">{goal.code}</span> {goal.title}
      </h1>
      {search.sparat ? (
        <p role="status" className="mt-3 max-w-2xl rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">{t('saved')}</p>
      ) : null}
      {goal.yearStatus === 'closed' ? <p className="mt-3 max-w-2xl rounded-md border border-slate-300 bg-slate-100 px-3 py-2">{t('yearClosed', { year: goal.year })}</p> : null}
      {goal.description ? <p className="mt-3 max-w-3xl whitespace-pre-line">{goal.description}</p> : null}

      <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('status')}</dt>
        <dd className="flex flex-wrap gap-2">
          <GoalStatusBadge status={goal.status} />
          {goal.latestAssessment ? <StatusBadge kind="fulfilment" value={goal.latestAssessment.fulfilment} suffix={`(${goal.latestAssessment.periodName})`} /> : <span>{tc('noAssessment')}</span>}
        </dd>
        <dt className="font-medium">{t('owner')}</dt>
        <dd>{goal.ownerName}</dd>
        <dt className="font-medium">{t('responsible')}</dt>
        <dd>{goal.responsibleName ?? '–'}</dd>
        <dt className="font-medium">{t('decision')}</dt>
        <dd>{data.decision ? t('decisionText', { body: data.decision.body, date: formatDate(data.decision.decidedOn, locale), paragraph: data.decision.paragraph, title: data.decision.title }) : t('noDecision')}</dd>
        <dt className="font-medium">{tc('contribution')}</dt>
        <dd>{tc('contributionText', { activities: data.contribution.activities, employees: data.contribution.employees })}</dd>
        {goal.carriedFromGoalId ? (
          <>
            <dt className="font-medium">{t('carriedFrom')}</dt>
            <dd>
              <Link href={`/mal/${goal.carriedFromGoalId}`} className="text-administrative-800 underline">{t('carriedFromLink')}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="indikatorer" className="mt-8">
        <h2 id="indikatorer" className="text-xl font-semibold">{t('indicators')}</h2>
        {data.indicators.length === 0 ? <p className="mt-2">{t('noIndicators')}</p> : null}
        <ul className="mt-3 space-y-4">
          {data.indicators.map((i) => (
            <li key={i.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h3 className="font-semibold">{i.name}</h3>
              <p className="text-sm">
                {t('indicatorFacts', { baseline: format.number(i.baseline), baselineYear: i.baselineYear, target: format.number(i.target), unit: i.unit, direction: i.direction, source: i.source })}
                {i.koladaKpiId ? ` · ${t('kolada', { id: i.koladaKpiId })}` : ''}
              </p>
              {i.values.length > 0 ? (
                <table className="mt-2 text-sm">
                  <caption className="sr-only">{t('valuesOf', { name: i.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="pr-4 text-left">{t('period')}</th>
                      <th scope="col" className="text-right">{t('value')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.values.map((v) => (
                      <tr key={v.periodEnd}>
                        <th scope="row" className="pr-4 text-left font-normal">{v.periodName}</th>
                        <td className="text-right">{format.number(v.value)} {i.unit}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="mt-1 text-sm">{t('noValues')}</p>
              )}
              {i.kolada ? <KoladaComparisonTable comparison={i.kolada} indicatorId={i.id} indicatorName={i.name} unit={i.unit} /> : null}
              {data.edit ? (
                <p className="mt-2 text-sm">
                  <Link href={`/mal/${goal.id}?indikator=${i.id}#indikatorformular`} className="text-administrative-800 underline">{t('editIndicator', { name: i.name })}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="bidrar-till">
          <h2 id="bidrar-till" className="text-xl font-semibold">{t('contributesTo')}</h2>
          <GoalLinks goals={data.parents} empty={t('noParents')} />
        </section>
        <section aria-labelledby="bidrar-hit">
          <h2 id="bidrar-hit" className="text-xl font-semibold">{t('contributedBy')}</h2>
          <GoalLinks goals={data.children} empty={t('noChildren')} />
        </section>
      </div>

      <section aria-labelledby="aktiviteter" className="mt-8">
        <h2 id="aktiviteter" className="text-xl font-semibold">{t('activities', { count: data.activities.total })}</h2>
        {data.activities.total === 0 ? (
          <p className="mt-2">{t('noActivities')}</p>
        ) : (
          <>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full min-w-[36rem] border-collapse bg-white text-left text-sm shadow-sm">
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="p-2">{t('activity')}</th>
                    <th scope="col" className="p-2">{t('unit')}</th>
                    <th scope="col" className="p-2">{t('ends')}</th>
                    <th scope="col" className="p-2">{t('activityStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.activities.rows.map((a) => (
                    <tr key={a.id} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-medium">{a.title}</th>
                      <td className="p-2">{a.unitName}</td>
                      <td className="p-2">{formatDate(a.endDate, locale)}</td>
                      <td className="p-2"><StatusBadge kind="activity" value={a.status} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {data.activities.pages > 1 ? (
              <nav aria-label={t('pagination')} className="mt-3 flex flex-wrap items-center gap-4">
                {data.activities.page > 1 ? <Link href={`/mal/${goal.id}?sida=${data.activities.page - 1}#aktiviteter`} className="text-administrative-800 underline">{t('previous')}</Link> : null}
                <span>{t('pageOf', { page: data.activities.page, pages: data.activities.pages })}</span>
                {data.activities.page < data.activities.pages ? <Link href={`/mal/${goal.id}?sida=${data.activities.page + 1}#aktiviteter`} className="text-administrative-800 underline">{t('next')}</Link> : null}
              </nav>
            ) : null}
          </>
        )}
      </section>

      {data.edit ? (
        <>
          <section aria-labelledby="andra-mal" className="mt-10">
            <h2 id="andra-mal" className="text-xl font-semibold">{t('editGoal')}</h2>
            <GoalForm
              level={goal.level}
              board={data.edit.scope ? { boardId: data.edit.scope.boardId, name: data.edit.scope.boardName } : undefined}
              parentOptions={data.edit.parentOptions}
              parentIds={data.edit.parentIds}
              values={{ goalId: goal.id, planYearId: goal.planYearId, code: goal.code, title: goal.title, description: goal.description, status: goal.status, decidedOn: data.decision?.decidedOn, paragraph: data.decision?.paragraph }}
            />
          </section>
          <section aria-labelledby="indikatorformular" className="mt-10">
            <h2 id="indikatorformular" className="text-xl font-semibold">{editing ? t('editIndicatorHeading', { name: editing.name }) : t('newIndicator')}</h2>
            <IndicatorForm key={editing?.id ?? 'ny'} goalId={goal.id} values={editing} defaultBaselineYear={goal.year - 1} />
          </section>
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
          <Link href={`/mal/${g.id}`} className="text-administrative-800 underline">
            {g.code} {g.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
