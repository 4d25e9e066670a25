import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { GoalForm } from '@/features/goals/components/goal-form';
import { getGoalCreationChoices, getNewGoalForm } from '@/features/goals/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { parseId } from '@/lib/ids';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('goals.new');
  return { title: t('title') };
}

const LEVELS = { kf: 'council', namnd: 'board', forvaltning: 'administration' } as const;

/** First the level and board (links, so it works without JavaScript), then the form for it. */
export default async function NewGoalPage({ searchParams }: { searchParams: Promise<{ niva?: string; namnd?: string }> }) {
  const { niva, namnd } = await searchParams;
  const t = await translator('goals.new');
  const level = niva && niva in LEVELS ? LEVELS[niva as keyof typeof LEVELS] : null;
  const db = getDb();
  const viewer = await requireViewer();

  if (!level) {
    const choices = await getGoalCreationChoices(db, viewer);
    if (!choices.council && choices.boards.length === 0) notFound();
    return (
      <>
        <PageHeader title={t('title')} />
        <p className="mt-2 max-w-3xl">{t('choose')}</p>
        <ul className="mt-4 space-y-2">
          {choices.council ? (
            <li>
              <TextLink href="/mal/nytt?niva=kf">{t('council')}</TextLink>
            </li>
          ) : null}
          {choices.boards.map((b) => (
            <li key={b.boardId} className="flex flex-wrap gap-x-6">
              <TextLink href={`/mal/nytt?niva=namnd&namnd=${b.boardId}`}>{t('board', { board: b.boardName })}</TextLink>
              <TextLink href={`/mal/nytt?niva=forvaltning&namnd=${b.boardId}`}>{t('administration', { administration: b.administrationName })}</TextLink>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const form = await orNotFound(getNewGoalForm(db, viewer, { level, boardId: parseId(namnd) }));
  const heading = level === 'council' ? t('council') : level === 'board' ? t('board', { board: form.scope!.boardName }) : t('administration', { administration: form.scope!.administrationName });
  return (
    <>
      <PageHeader title={heading} />
      <p className="mt-2 max-w-3xl">{t('yearNote', { year: form.year.year })}</p>
      <GoalForm level={level} values={{ planYearId: form.year.id }} board={form.scope ? { boardId: form.scope.boardId, name: form.scope.boardName } : undefined} parentOptions={form.parentOptions} />
    </>
  );
}
