import type { Metadata } from 'next';

import { Button } from '@/components/ui/button';
import { CONTROL_CLASS, FormField } from '@/components/ui/form-field';
import { Heading } from '@/components/ui/heading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { CascadeGoalCard, type CascadeView } from '@/features/goals/components/cascade-goal';
import { getGoalCascade } from '@/features/goals/cascade';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('goals.cascade');
  return { title: t('title') };
}

type Params = { sparat?: string; ar?: string; namnd?: string; enhet?: string; sok?: string; oppna?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const positive = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

export default async function GoalCascadePage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const openRaw = Array.isArray(params.oppna) ? params.oppna.join(',') : (params.oppna ?? '');
  const open = openRaw
    .split(',')
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  const search = (first(params.sok) ?? '').slice(0, 100);
  const cascade = await getGoalCascade(getDb(), await requireViewer(), { year: positive(first(params.ar)), boardId: positive(first(params.namnd)), unitId: positive(first(params.enhet)), search, open });
  const t = await translator('goals.cascade');

  const keep = new URLSearchParams();
  if (cascade.year) keep.set('ar', String(cascade.year.year));
  if (cascade.boardId) keep.set('namnd', String(cascade.boardId));
  if (cascade.unitId) keep.set('enhet', String(cascade.unitId));
  if (search) keep.set('sok', search);
  const view: CascadeView = {
    goalsById: cascade.goalsById,
    open: cascade.open,
    matches: cascade.matches,
    toggleHref: (id) => {
      const next = cascade.open.includes(id) ? cascade.open.filter((o) => o !== id) : [...cascade.open, id];
      const q = new URLSearchParams(keep);
      if (next.length) q.set('oppna', next.join(','));
      return `/mal?${q.toString()}#mal-${id}`;
    },
  };

  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} actions={cascade.canCreate ? <TextLink href="/mal/nytt">{t('newGoal')}</TextLink> : null} />

      <form method="get" action="/mal" role="search" aria-label={t('filters')} className="mt-6 grid gap-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <FormField id="ar" label={t('year')}>
          {(control) => (
            <select {...control} name="ar" defaultValue={cascade.year?.year} className={CONTROL_CLASS}>
              {cascade.years.map((y) => (
                <option key={y.id} value={y.year}>
                  {y.status === 'open' ? y.year : t('closedYear', { year: y.year })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="namnd" label={t('board')}>
          {(control) => (
            <select {...control} name="namnd" defaultValue={cascade.boardId ?? ''} className={CONTROL_CLASS}>
              <option value="">{t('allBoards')}</option>
              {cascade.boards.map((b) => (
                <option key={b.boardId} value={b.boardId}>
                  {t('boardOption', { board: b.boardName, administration: b.administrationName })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="enhet" label={t('unit')} hint={t('unitHint')}>
          {(control) => (
            <select {...control} name="enhet" defaultValue={cascade.unitId ?? ''} disabled={cascade.departments.length === 0} className={`${CONTROL_CLASS} disabled:bg-slate-100`}>
              <option value="">{t('allUnits')}</option>
              {cascade.unitId && !cascade.departments.some((d) => d.id === cascade.unitId) ? <option value={cascade.unitId}>{cascade.unitName}</option> : null}
              {cascade.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="sok" label={t('search')} hint={t('searchHint')}>
          {(control) => <input {...control} name="sok" type="search" defaultValue={search} className={CONTROL_CLASS} />}
        </FormField>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{t('apply')}</Button>
          <TextLink href="/mal">{t('reset')}</TextLink>
        </div>
      </form>

      {first(params.sparat) === 'vision' ? (
        <Notice tone="success" role="status" className="mt-4 max-w-2xl">
          {t('visionSaved')}
        </Notice>
      ) : null}
      {cascade.matches ? (
        <p className="mt-4" role="status">
          {t('matches', { count: cascade.matches.length, query: search })}
        </p>
      ) : null}

      {cascade.vision ? (
        <section aria-labelledby="vision-heading" className="mt-8 rounded-lg border-l-4 border-political-600 bg-political-50 p-4">
          <Heading level={2} size="xs" id="vision-heading" className="uppercase tracking-wide text-slate-700">
            {t('vision')}
          </Heading>
          <p className="mt-1 text-xl font-semibold">{cascade.vision.statement}</p>
          {cascade.values.length > 0 ? (
            <p className="mt-2 text-sm">
              <span className="font-medium">{t('values')}:</span> {cascade.values.map((v) => v.name).join(' · ')}
            </p>
          ) : null}
          {cascade.canEditVision ? (
            <p className="mt-2 text-sm">
              <TextLink href="/mal/vision">{t('editVision')}</TextLink>
            </p>
          ) : null}
        </section>
      ) : null}

      {cascade.year ? (
        <Section id="kf-heading" title={t('councilGoals', { year: cascade.year.year })} hideTitle className="mt-6">
          {cascade.councilGoals.length === 0 ? <p>{t('noGoals')}</p> : null}
          <ul className="space-y-4">
            {cascade.councilGoals.map((g) => (
              <li key={g.id}>
                <CascadeGoalCard goal={g} view={view} depth={3} />
              </li>
            ))}
          </ul>
        </Section>
      ) : (
        <p className="mt-6">{t('noYear')}</p>
      )}
    </>
  );
}
