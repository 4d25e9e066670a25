import { StatusBadge } from '@/components/ui/status-badge';
import type { GoalSummary } from '@/features/goals/details';
import { formatDate } from '@/lib/dates/format-date';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

export function GoalCard({ goal, codeOf, side, locale }: { goal: GoalSummary; codeOf: (id: number) => string | undefined; side: 'political' | 'administrative'; locale: string }) {
  const t = useSharedTranslator('lineOfSight');
  const format = useSharedFormatter();
  const parentCodes = goal.contributesTo.map(codeOf).filter((c): c is string => Boolean(c));
  const border = side === 'political' ? 'border-political-600' : 'border-administrative-600';
  return (
    <article className={`rounded-lg border-l-4 ${border} bg-white p-4 shadow-sm`} aria-labelledby={`goal-${goal.id}`}>
      <h4 id={`goal-${goal.id}`} className="font-semibold">
        <span className="mr-2 text-slate-700">{goal.code}</span>
        {goal.title}
      </h4>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('owner')}</dt>
        <dd>{goal.ownerName}{goal.responsibleName ? ` · ${t('responsible').toLowerCase()} ${goal.responsibleName}` : ''}</dd>
        {goal.decision ? (
          <>
            <dt className="font-medium">{t('decidedBy')}</dt>
            <dd>
              {goal.decision.body} {formatDate(goal.decision.decidedOn, locale)} {goal.decision.paragraph}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{t('status')}</dt>
        <dd>
          {goal.latestAssessment ? <StatusBadge kind="fulfilment" value={goal.latestAssessment.fulfilment} suffix={`(${goal.latestAssessment.periodName})`} /> : t('noAssessment')}
        </dd>
        {parentCodes.length > 0 ? (
          <>
            <dt className="font-medium">{t('contributesTo')}</dt>
            <dd>{parentCodes.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {goal.indicators.length > 0 ? (
        <div className="mt-3">
          <h5 className="text-sm font-medium">{t('indicators')}</h5>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
            {goal.indicators.map((i) => (
              <li key={i.id}>
                {t('indicatorLine', { name: i.name, baseline: format.number(i.baseline), target: format.number(i.target), unit: i.unit })}
                {i.latestValue !== null ? `, ${t('latestValue', { value: format.number(i.latestValue), unit: i.unit })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
