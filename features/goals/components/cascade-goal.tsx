import Link from 'next/link';

import { DefinitionList } from '@/components/ui/definition-list';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import type { CascadeGoal } from '@/features/goals/cascade';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

export interface CascadeView {
  goalsById: Map<number, CascadeGoal>;
  open: number[];
  matches: number[] | null;
  /** The page's address with one goal opened or closed (the other filters kept). */
  toggleHref: (id: number) => string;
}

const BORDER = { council: 'border-political-600', board: 'border-political-600', administration: 'border-administrative-600' } as const;

/** One goal in the cascade; opened, it shows the goals below it and the activities linked to it. */
export function CascadeGoalCard({ goal, view, depth }: { goal: CascadeGoal; view: CascadeView; depth: 3 | 4 | 5 }) {
  const t = useSharedTranslator('goals.cascade');
  const format = useSharedFormatter();
  const open = view.open.includes(goal.id);
  const Heading = `h${depth}` as 'h3' | 'h4' | 'h5';
  const match = view.matches?.includes(goal.id);
  const hasMore = goal.childCount > 0 || goal.level !== 'council';
  return (
    <article aria-labelledby={`mal-${goal.id}`} className={`rounded-lg border-l-4 ${BORDER[goal.level]} bg-white p-4 shadow-sm ${match ? 'ring-2 ring-amber-400' : ''}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{t(`level.${goal.level}`)}</p>
      <Heading id={`mal-${goal.id}`} className="font-semibold">
        <Link href={`/mal/${goal.id}`} className="underline-offset-4 hover:underline">
          <span className="text-slate-700">{goal.code}</span> {goal.title}
        </Link>
        {match ? <span className="ml-2 text-sm font-normal">({t('match')})</span> : null}
      </Heading>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge kind="goal" value={goal.status} />
        {goal.latestAssessment ? <StatusBadge kind="fulfilment" value={goal.latestAssessment.fulfilment} suffix={`(${goal.latestAssessment.periodName})`} /> : <span>{t('noAssessment')}</span>}
      </div>
      <DefinitionList
        size="sm"
        items={[
          { term: t('owner'), details: goal.ownerName },
          { term: t('contribution'), details: t('contributionText', { activities: goal.contribution.activities, employees: goal.contribution.employees }) },
        ]}
      />
      {goal.indicators.length > 0 ? (
        <ul aria-label={t('indicators')} className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
          {goal.indicators.map((i) => (
            <li key={i.id}>
              {t('indicatorLine', { name: i.name, baseline: format.number(i.baseline), target: format.number(i.target), unit: i.unit })}
              {i.latestValue !== null ? `; ${t('latestValue', { value: format.number(i.latestValue), unit: i.unit })}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {hasMore ? (
        <p className="mt-2 text-sm">
          <TextLink href={view.toggleHref(goal.id)} scroll={false} aria-expanded={open} aria-controls={open ? `under-${goal.id}` : undefined}>
            {open ? t('collapse', { code: goal.code }) : t('expand', { code: goal.code, count: goal.childCount })}
          </TextLink>
        </p>
      ) : null}
      {open ? (
        <div id={`under-${goal.id}`} className="mt-3 space-y-3 border-l-2 border-slate-300 pl-3">
          {goal.childIds.map((id) => {
            const child = view.goalsById.get(id);
            return child ? <CascadeGoalCard key={id} goal={child} view={view} depth={Math.min(depth + 1, 5) as 4 | 5} /> : null;
          })}
          {goal.activities ? <ActivityList goal={goal} /> : null}
        </div>
      ) : null}
    </article>
  );
}

function ActivityList({ goal }: { goal: CascadeGoal }) {
  const t = useSharedTranslator('goals.cascade');
  const list = goal.activities!;
  if (list.total === 0) return <p className="text-sm">{t('noActivities')}</p>;
  return (
    <section aria-label={t('activitiesOf', { code: goal.code })}>
      <p className="text-sm font-medium">{t('activitiesHeading', { count: list.total })}</p>
      <ul className="mt-1 space-y-1 text-sm">
        {list.rows.map((a) => (
          <li key={a.id} className="flex flex-wrap items-baseline gap-x-3 rounded bg-slate-50 px-2 py-1">
            <span className="font-medium">{a.title}</span>
            <span className="text-slate-700">{a.unitName}</span>
            <StatusBadge kind="activity" value={a.status} />
          </li>
        ))}
      </ul>
      {list.total > list.rows.length ? (
        <p className="mt-1 text-sm">
          <TextLink href={`/mal/${goal.id}#aktiviteter`}>{t('showMore', { shown: list.rows.length, total: list.total })}</TextLink>
        </p>
      ) : null}
    </section>
  );
}
