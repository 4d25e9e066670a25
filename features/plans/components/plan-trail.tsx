import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import type { PlanEventKind, PlanStatus } from '@/lib/domain/plans';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

interface TrailEvent {
  id: number;
  version: number;
  at: Date;
  kind: PlanEventKind;
  comment: string | null;
  actorName: string | null;
  changedFields: string[];
}

const ACTIVITY_EVENTS: PlanEventKind[] = ['activity_added', 'activity_changed', 'activity_removed'];

/** Every version of the plan, linked, so an approved version stays findable after it is replaced. */
export function PlanVersions({ currentId, versions }: { currentId: number; versions: { id: number; version: number; status: PlanStatus; isCurrent: boolean }[] }) {
  const t = useSharedTranslator('plans.page');
  return (
    <ul className="mt-2 space-y-1">
      {versions.map((v) => (
        <li key={v.id} className="flex flex-wrap items-center gap-2">
          {v.id === currentId ? (
            <span className="font-semibold" aria-current="page">
              {t('versionLink', { version: v.version })} {t('thisVersion')}
            </span>
          ) : (
            <TextLink href={`/handlingsplaner/${v.id}`}>{t('versionLink', { version: v.version })}</TextLink>
          )}
          <StatusBadge kind="plan" value={v.status} suffix={v.isCurrent ? `(${t('current')})` : undefined} />
        </li>
      ))}
    </ul>
  );
}

/** Who did what to which version, and when (Stockholm time), with a return's comment in full. */
export function PlanTrail({ events }: { events: TrailEvent[] }) {
  const t = useSharedTranslator('plans');
  const format = useSharedFormatter();
  return (
    <DataTable caption={t('page.trailTitle')} minWidth="40rem" rows={events}>
      {[
        { header: t('page.when'), nowrap: true, cell: (e) => <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}</time> },
        { header: t('page.version'), cell: (e) => e.version },
        { header: t('page.who'), cell: (e) => e.actorName ?? t('page.unknownPerson') },
        {
          header: t('page.what'),
          cell: (e) => (
            <>
              {ACTIVITY_EVENTS.includes(e.kind) ? t(`event.${e.kind}`, { title: e.comment ?? '' }) : t(`event.${e.kind}`)}
              {e.changedFields.length ? <span className="block text-slate-700">{t('event.changedFields', { fields: e.changedFields.map((f) => t(`field.${f}`)).join(', ') })}</span> : null}
              {!ACTIVITY_EVENTS.includes(e.kind) && e.comment ? <q className="mt-1 block whitespace-pre-line italic">{e.comment}</q> : null}
            </>
          ),
        },
      ]}
    </DataTable>
  );
}
