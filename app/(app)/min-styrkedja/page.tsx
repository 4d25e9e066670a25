import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { ChainLevel } from '@/features/line-of-sight/components/chain-level';
import { GoalCard } from '@/features/line-of-sight/components/goal-card';
import { DefinitionList } from '@/components/ui/definition-list';
import { Heading } from '@/components/ui/heading';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import { getMyLineOfSight } from '@/features/line-of-sight/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/dates/format-date';
import { formatter, translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('lineOfSight');
  return { title: t('title') };
}

export default async function LineOfSightPage() {
  const chain = await getMyLineOfSight(getDb(), await requireViewer());
  const t = await translator('lineOfSight');
  const format = await formatter();
  const locale = await getLocale();
  const allGoals = [...chain.councilGoals, ...chain.boardGoals, ...chain.administrationGoals];
  const codeOf = (id: number) => allGoals.find((g) => g.id === id)?.code;
  const goalLevels = [
    { id: 'level-council', title: `${t('councilGoals')} – ${t('politicalLevel').toLowerCase()}`, side: 'political', goals: chain.councilGoals },
    { id: 'level-board', title: t('boardGoals'), side: 'political', goals: chain.boardGoals },
    { id: 'level-administration', title: `${t('administrationGoals')} – ${t('administrativeLevel').toLowerCase()}`, side: 'administrative', goals: chain.administrationGoals },
  ] as const;

  return (
    <>
      <PageHeader title={t('title')} />
      {chain.year ? <p className="mt-2 text-slate-700">{t('intro', { year: chain.year })}</p> : <p className="mt-2">{t('noAssignmentYear')}</p>}
      {chain.year && !chain.assignment ? (
        <div className="mt-4 rounded-md border border-slate-300 bg-white px-4 py-3">
          <p>{t('noAssignment', { year: chain.year })}</p>
          {chain.canWriteAssignment ? (
            <p className="mt-2">
              <TextLink href="/uppdrag/mitt">{t('writeAssignment')}</TextLink>
            </p>
          ) : null}
        </div>
      ) : null}

      <Section id="chain-heading" title={t('title')} hideTitle className="mt-8">
        <ol className="ml-2">
          {chain.vision ? (
            <ChainLevel id="level-vision" title={t('vision')} side="political">
              <div className="rounded-lg border-l-4 border-political-600 bg-political-50 p-4">
                <p className="text-xl font-semibold text-political-800">{chain.vision.statement}</p>
                {chain.vision.description ? <p className="mt-2 text-sm">{chain.vision.description}</p> : null}
                {chain.values.length > 0 ? (
                  <>
                    <Heading level={4} size="xs" className="mt-3">
                      {t('values')}
                    </Heading>
                    <ul className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
                      {chain.values.map((v) => (
                        <li key={v.name}>
                          <strong>{v.name}.</strong> {v.description}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </div>
            </ChainLevel>
          ) : null}

          {goalLevels.map((level) =>
            level.goals.length > 0 ? (
              <ChainLevel key={level.id} id={level.id} title={level.title} side={level.side}>
                {level.goals.map((g) => (
                  <GoalCard key={g.id} goal={g} codeOf={codeOf} side={level.side} locale={locale} />
                ))}
              </ChainLevel>
            ) : null,
          )}

          {chain.activities.length > 0 && chain.plan ? (
            <ChainLevel id="level-activities" title={`${t('activities')}: ${chain.plan.unitName}`} side="administrative">
              <p className="text-sm">
                {t('planOf', { unit: chain.plan.unitName })}: <StatusBadge kind="plan" value={chain.plan.status} />
              </p>
              {chain.activities.map((a) => (
                <article key={a.id} aria-labelledby={`activity-${a.id}`} className="rounded-lg border-l-4 border-administrative-600 bg-white p-4 shadow-sm">
                  <Heading level={4} size="sm" id={`activity-${a.id}`}>
                    {a.title}
                  </Heading>
                  <DefinitionList
                    size="sm"
                    items={[
                      { term: t('owner'), details: a.ownerName ?? '–' },
                      {
                        term: t('status'),
                        details: (
                          <>
                            <StatusBadge kind="activity" value={a.status} /> <span className="ml-1">{t('period', { start: formatDate(a.startDate, locale, 'dayMonth'), end: formatDate(a.endDate, locale, 'dayMonth') })}</span>
                          </>
                        ),
                      },
                      { term: t('expectedResult'), details: a.expectedResult },
                      { term: t('contributesTo'), details: a.goalIds.map(codeOf).filter(Boolean).join(', ') },
                      a.contribution ? { term: t('myContribution'), details: a.contribution } : null,
                    ]}
                  />
                </article>
              ))}
            </ChainLevel>
          ) : null}

          {chain.assignment ? (
            <ChainLevel id="level-assignment" title={t('assignment')} side="administrative">
              <article aria-labelledby="assignment-text" className="rounded-lg border-2 border-administrative-600 bg-administrative-50 p-4">
                <p id="assignment-text" className="font-medium">
                  {chain.assignment.description}
                </p>
                <DefinitionList
                  size="sm"
                  items={[
                    { term: t('owner'), details: `${chain.assignment.unitName}${chain.assignment.managerName ? ` · ${t('manager', { name: chain.assignment.managerName })}` : ''}` },
                    {
                      term: t('status'),
                      details: (
                        <>
                          <StatusBadge kind="assignment" value={chain.assignment.status} />
                          {chain.assignment.status === 'agreed' && chain.assignment.managerName && chain.assignment.managerConfirmedAt ? (
                            <span className="ml-2">
                              {t('agreedWith', { name: chain.assignment.managerName })} {format.dateTime(chain.assignment.managerConfirmedAt, { dateStyle: 'long' })}
                            </span>
                          ) : null}
                        </>
                      ),
                    },
                  ]}
                />
                <p className="mt-3">
                  <TextLink href={`/uppdrag/${chain.assignment.id}`}>{t('openAssignment')}</TextLink>
                </p>
              </article>
            </ChainLevel>
          ) : null}
        </ol>
      </Section>
    </>
  );
}
