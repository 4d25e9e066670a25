import type { GoalChange, GoalDiff } from '@/features/reports/compare';
import { useSharedTranslator } from '@/lib/i18n/shared';

/** The differences between two snapshots, per goal, in words: no colour carries the meaning. */
export function DiffList({ diffs }: { diffs: GoalDiff[] }) {
  const t = useSharedTranslator('reports');
  if (diffs.length === 0) return <p className="mt-2">{t('page.noDifferences')}</p>;
  return (
    <ul className="mt-2 space-y-2">
      {diffs.map((d) => (
        <li key={d.code} className="rounded-md border border-slate-300 bg-white p-3">
          <p className="font-medium">
            {d.code} {d.title}
            {d.status !== 'changed' ? <span className="ml-2 text-sm font-normal">({t(`diff.${d.status}`)})</span> : null}
          </p>
          {d.changes.length ? (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {d.changes.map((c, i) => (
                <li key={i}>
                  <Change change={c} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Change({ change: c }: { change: GoalChange }) {
  const t = useSharedTranslator('reports.diff');
  const status = useSharedTranslator('status.fulfilment');
  const f = (x: string | null) => (x ? status(x as 'fulfilled') : t('none'));
  const n = (x: number | null) => (x === null ? t('none') : String(x));
  switch (c.kind) {
    case 'title':
      return <>{t('title', { before: c.before, after: c.after })}</>;
    case 'proposed':
    case 'assessment':
    case 'forecast':
      return <>{t(c.kind, { before: f(c.before), after: f(c.after) })}</>;
    case 'analysis':
      return <>{t('analysis')}</>;
    case 'counts':
      return (
        <>
          {t('counts', {
            beforeDone: c.before.done,
            afterDone: c.after.done,
            beforeOnTrack: c.before.onTrack,
            afterOnTrack: c.after.onTrack,
            beforeAtRisk: c.before.atRisk,
            afterAtRisk: c.after.atRisk,
            beforeOffTrack: c.before.offTrack,
            afterOffTrack: c.after.offTrack,
            beforeNotStarted: c.before.notStarted,
            afterNotStarted: c.after.notStarted,
          })}
        </>
      );
    case 'indicator':
      return <>{t('indicator', { name: c.name, before: n(c.before), after: n(c.after) })}</>;
  }
}
