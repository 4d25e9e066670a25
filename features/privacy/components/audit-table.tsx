import { DataTable } from '@/components/ui/data-table';
import type { AuditRowView } from '@/features/privacy/audit-log';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/** Who did what to which object, when (Stockholm time), and whom it concerns. Never a note's text. */
export function AuditTable({ rows }: { rows: AuditRowView[] }) {
  const t = useSharedTranslator('auditLog');
  const format = useSharedFormatter();
  const actionLabel = (action: string) => (t.has(`actions.${action}` as 'actions.talk_note.read') ? t(`actions.${action}` as 'actions.talk_note.read') : null);
  const typeLabel = (type: string) => (t.has(`objectTypes.${type}` as 'objectTypes.goal') ? t(`objectTypes.${type}` as 'objectTypes.goal') : type);
  return (
    <div className="mt-4">
      <DataTable caption={t('tableCaption')} minWidth="48rem" rows={rows}>
        {[
          { header: t('at'), nowrap: true, cell: (r) => <time dateTime={r.at.toISOString()}>{format.dateTime(r.at, { dateStyle: 'short', timeStyle: 'medium' })}</time> },
          { header: t('actor'), cell: (r) => r.actorName ?? t('noActor') },
          {
            header: t('event'),
            cell: (r) => {
              const label = actionLabel(r.action);
              return (
                <>
                  {label ?? r.action}
                  {label ? <span className="block font-mono text-xs text-slate-700">{r.action}</span> : null}
                </>
              );
            },
          },
          { header: t('object'), cell: (r) => (r.objectType ? `${typeLabel(r.objectType)}${r.objectId !== null ? ` #${r.objectId}` : ''}` : '–') },
          { header: t('subject'), cell: (r) => r.subjectName ?? '–' },
          { header: t('detail'), cell: (r) => <Detail detail={r.detail} /> },
        ]}
      </DataTable>
    </div>
  );
}

/** An event's own facts, key by key, as the log stored them. */
function Detail({ detail }: { detail: AuditRowView['detail'] }) {
  if (detail.length === 0) return '–';
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 font-mono text-xs">
      {detail.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-700">{key}</dt>
          <dd>{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
