import type { Metadata } from 'next';
import Link from 'next/link';

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
  const open = openRaw.split(',').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
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
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      {cascade.canCreate ? (
        <p className="mt-3">
          <Link href="/mal/nytt" className="font-medium text-administrative-800 underline">
            {t('newGoal')}
          </Link>
        </p>
      ) : null}

      <form method="get" action="/mal" role="search" aria-label={t('filters')} className="mt-6 grid gap-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="ar" className="block font-medium">{t('year')}</label>
          <select id="ar" name="ar" defaultValue={cascade.year?.year} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            {cascade.years.map((y) => (
              <option key={y.id} value={y.year}>{y.status === 'open' ? y.year : t('closedYear', { year: y.year })}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="namnd" className="block font-medium">{t('board')}</label>
          <select id="namnd" name="namnd" defaultValue={cascade.boardId ?? ''} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">{t('allBoards')}</option>
            {cascade.boards.map((b) => (
              <option key={b.boardId} value={b.boardId}>{t('boardOption', { board: b.boardName, administration: b.administrationName })}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="enhet" className="block font-medium">{t('unit')}</label>
          <select id="enhet" name="enhet" defaultValue={cascade.unitId ?? ''} disabled={cascade.departments.length === 0} aria-describedby="enhet-hint" className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 disabled:bg-slate-100">
            <option value="">{t('allUnits')}</option>
            {cascade.unitId && !cascade.departments.some((d) => d.id === cascade.unitId) ? <option value={cascade.unitId}>{cascade.unitName}</option> : null}
            {cascade.departments.map((d) => (
              <option key={d.id} value={d.id}>{d.name}</option>
            ))}
          </select>
          <p id="enhet-hint" className="text-sm text-slate-700">{t('unitHint')}</p>
        </div>
        <div>
          <label htmlFor="sok" className="block font-medium">{t('search')}</label>
          <input id="sok" name="sok" type="search" defaultValue={search} aria-describedby="sok-hint" className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
          <p id="sok-hint" className="text-sm text-slate-700">{t('searchHint')}</p>
        </div>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800">{t('apply')}</button>
          <Link href="/mal" className="text-administrative-800 underline">{t('reset')}</Link>
        </div>
      </form>

      {first(params.sparat) === 'vision' ? (
        <p role="status" className="mt-4 max-w-2xl rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">{t('visionSaved')}</p>
      ) : null}
      {cascade.matches ? (
        <p className="mt-4" role="status">{t('matches', { count: cascade.matches.length, query: search })}</p>
      ) : null}

      {cascade.vision ? (
        <section aria-labelledby="vision-heading" className="mt-8 rounded-lg border-l-4 border-political-600 bg-political-50 p-4">
          <h2 id="vision-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t('vision')}</h2>
          <p className="mt-1 text-xl font-semibold">{cascade.vision.statement}</p>
          {cascade.values.length > 0 ? (
            <p className="mt-2 text-sm">
              <span className="font-medium">{t('values')}:</span> {cascade.values.map((v) => v.name).join(' · ')}
            </p>
          ) : null}
          {cascade.canEditVision ? (
            <p className="mt-2 text-sm">
              <Link href="/mal/vision" className="font-medium text-administrative-800 underline">{t('editVision')}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {cascade.year ? (
        <section aria-labelledby="kf-heading" className="mt-6">
          <h2 id="kf-heading" className="sr-only">{t('councilGoals', { year: cascade.year.year })}</h2>
          {cascade.councilGoals.length === 0 ? <p>{t('noGoals')}</p> : null}
          <ul className="space-y-4">
            {cascade.councilGoals.map((g) => (
              <li key={g.id}>
                <CascadeGoalCard goal={g} view={view} depth={3} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-6">{t('noYear')}</p>
      )}
    </>
  );
}
