import { DefinitionList } from '@/components/ui/definition-list';
import { Heading } from '@/components/ui/heading';
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
      <Heading level={4} size="sm" id={`goal-${goal.id}`}>
        <span className="mr-2 text-slate-700">{goal.code}</span>
        {goal.title}
      </Heading>
      <DefinitionList
        size="sm"
        items={[
          { term: t('owner'), details: `${goal.ownerName}${goal.responsibleName ? ` · ${t('responsible').toLowerCase()} ${goal.responsibleName}` : ''}` },
          goal.decision
            ? {
                term: t('decidedBy'),
                details: (
                  <>
                    {goal.decision.body} {formatDate(goal.decision.decidedOn, locale)} {goal.decision.paragraph}
                  </>
                ),
              }
            : null,
          { term: t('status'), details: goal.latestAssessment ? <StatusBadge kind="fulfilment" value={goal.latestAssessment.fulfilment} suffix={`(${goal.latestAssessment.periodName})`} /> : t('noAssessment') },
          parentCodes.length > 0 ? { term: t('contributesTo'), details: parentCodes.join(', ') } : null,
        ]}
      />
      {goal.indicators.length > 0 ? (
        <div className="mt-3">
          <Heading level={5} size="xs">
            {t('indicators')}
          </Heading>
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
