import type { AuditRowView } from '@/features/privacy/audit-log';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/** Who did what to which object, when (Stockholm time), and whom it concerns. Never a note's text. */
export function AuditTable({ rows }: { rows: AuditRowView[] }) {
  const t = useSharedTranslator('auditLog');
  const format = useSharedFormatter();
  const actionLabel = (action: string) => (t.has(`actions.${action}` as 'actions.talk_note.read') ? t(`actions.${action}` as 'actions.talk_note.read') : null);
  const typeLabel = (type: string) => (t.has(`objectTypes.${type}` as 'objectTypes.goal') ? t(`objectTypes.${type}` as 'objectTypes.goal') : type);
  return (
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="audit-caption">
      <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm shadow-sm">
        <caption id="audit-caption" className="sr-only">
          {t('tableCaption')}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="p-2">{t('at')}</th>
            <th scope="col" className="p-2">{t('actor')}</th>
            <th scope="col" className="p-2">{t('event')}</th>
            <th scope="col" className="p-2">{t('object')}</th>
            <th scope="col" className="p-2">{t('subject')}</th>
            <th scope="col" className="p-2">{t('detail')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const label = actionLabel(r.action);
            return (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="whitespace-nowrap p-2">
                  <time dateTime={r.at.toISOString()}>{format.dateTime(r.at, { dateStyle: 'short', timeStyle: 'medium' })}</time>
                </td>
                <td className="p-2">{r.actorName ?? t('noActor')}</td>
                <td className="p-2">
                  {label ?? r.action}
                  {label ? <span className="block font-mono text-xs text-slate-700">{r.action}</span> : null}
                </td>
                <td className="p-2">{r.objectType ? `${typeLabel(r.objectType)}${r.objectId !== null ? ` #${r.objectId}` : ''}` : '–'}</td>
                <td className="p-2">{r.subjectName ?? '–'}</td>
                <td className="p-2">
                  {r.detail.length === 0 ? (
                    '–'
                  ) : (
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2 font-mono text-xs">
                      {r.detail.map(([key, value]) => (
                        <div key={key} className="contents">
                          <dt className="text-slate-700">{key}</dt>
                          <dd>{String(value)}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
