import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';
import { ChainLevel } from '@/features/line-of-sight/components/chain-level';
import { GoalCard } from '@/features/line-of-sight/components/goal-card';
import { StatusBadge } from '@/components/ui/status-badge';
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

  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {chain.year ? <p className="mt-2 text-slate-700">{t('intro', { year: chain.year })}</p> : <p className="mt-2">{t('noAssignmentYear')}</p>}
      {chain.year && !chain.assignment ? (
        <div className="mt-4 rounded-md border border-slate-300 bg-white px-4 py-3">
          <p>{t('noAssignment', { year: chain.year })}</p>
          {chain.canWriteAssignment ? (
            <p className="mt-2">
              <Link href="/uppdrag/mitt" className="font-medium text-administrative-800 underline">
                {t('writeAssignment')}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="chain-heading" className="mt-8">
        <h2 id="chain-heading" className="sr-only">
          {t('title')}
        </h2>
        <ol className="ml-2">
          {chain.vision ? (
            <ChainLevel id="level-vision" title={t('vision')} side="political">
              <div className="rounded-lg border-l-4 border-political-600 bg-political-50 p-4">
                <p className="text-xl font-semibold text-political-800">{chain.vision.statement}</p>
                {chain.vision.description ? <p className="mt-2 text-sm">{chain.vision.description}</p> : null}
                {chain.values.length > 0 ? (
                  <>
                    <h4 className="mt-3 text-sm font-semibold">{t('values')}</h4>
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

          {chain.councilGoals.length > 0 ? (
            <ChainLevel id="level-council" title={`${t('councilGoals')} – ${t('politicalLevel').toLowerCase()}`} side="political">
              {chain.councilGoals.map((g) => (
                <GoalCard key={g.id} goal={g} codeOf={codeOf} side="political" locale={locale} />
              ))}
            </ChainLevel>
          ) : null}

          {chain.boardGoals.length > 0 ? (
            <ChainLevel id="level-board" title={t('boardGoals')} side="political">
              {chain.boardGoals.map((g) => (
                <GoalCard key={g.id} goal={g} codeOf={codeOf} side="political" locale={locale} />
              ))}
            </ChainLevel>
          ) : null}

          {chain.administrationGoals.length > 0 ? (
            <ChainLevel id="level-administration" title={`${t('administrationGoals')} – ${t('administrativeLevel').toLowerCase()}`} side="administrative">
              {chain.administrationGoals.map((g) => (
                <GoalCard key={g.id} goal={g} codeOf={codeOf} side="administrative" locale={locale} />
              ))}
            </ChainLevel>
          ) : null}

          {chain.activities.length > 0 && chain.plan ? (
            <ChainLevel id="level-activities" title={`${t('activities')}: ${chain.plan.unitName}`} side="administrative">
              <p className="text-sm">
                {t('planOf', { unit: chain.plan.unitName })}: <StatusBadge kind="plan" value={chain.plan.status} />
              </p>
              {chain.activities.map((a) => (
                <article key={a.id} aria-labelledby={`activity-${a.id}`} className="rounded-lg border-l-4 border-administrative-600 bg-white p-4 shadow-sm">
                  <h4 id={`activity-${a.id}`} className="font-semibold">
                    {a.title}
                  </h4>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="font-medium">{t('owner')}</dt>
                    <dd>{a.ownerName ?? '–'}</dd>
                    <dt className="font-medium">{t('status')}</dt>
                    <dd>
                      <StatusBadge kind="activity" value={a.status} /> <span className="ml-1">{t('period', { start: formatDate(a.startDate, locale, 'dayMonth'), end: formatDate(a.endDate, locale, 'dayMonth') })}</span>
                    </dd>
                    <dt className="font-medium">{t('expectedResult')}</dt>
                    <dd>{a.expectedResult}</dd>
                    <dt className="font-medium">{t('contributesTo')}</dt>
                    <dd>{a.goalIds.map(codeOf).filter(Boolean).join(', ')}</dd>
                    {a.contribution ? (
                      <>
                        <dt className="font-medium">{t('myContribution')}</dt>
                        <dd>{a.contribution}</dd>
                      </>
                    ) : null}
                  </dl>
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
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-medium">{t('owner')}</dt>
                  <dd>{chain.assignment.unitName}{chain.assignment.managerName ? ` · ${t('manager', { name: chain.assignment.managerName })}` : ''}</dd>
                  <dt className="font-medium">{t('status')}</dt>
                  <dd>
                    <StatusBadge kind="assignment" value={chain.assignment.status} />
                    {chain.assignment.status === 'agreed' && chain.assignment.managerName && chain.assignment.managerConfirmedAt ? (
                      <span className="ml-2">
                        {t('agreedWith', { name: chain.assignment.managerName })} {format.dateTime(chain.assignment.managerConfirmedAt, { dateStyle: 'long' })}
                      </span>
                    ) : null}
                  </dd>
                </dl>
                <p className="mt-3">
                  <Link href={`/uppdrag/${chain.assignment.id}`} className="font-medium text-administrative-800 underline">
                    {t('openAssignment')}
                  </Link>
                </p>
              </article>
            </ChainLevel>
          ) : null}
        </ol>
      </section>
    </>
  );
}
