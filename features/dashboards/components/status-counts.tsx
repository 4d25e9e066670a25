import { statusSymbol } from '@/components/ui/status-badge';
import { STATUS_ORDER, type StatusCounts } from '@/features/dashboards/trend';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/**
 * How many contributing activities stand at each status, each with its name and symbol. Plain
 * text rather than badges: the council's page lists dozens of goals, and every byte is sent twice
 * (HTML and the React payload).
 */
export function StatusCountList({ counts, label }: { counts: StatusCounts | null; label: string }) {
  const t = useSharedTranslator('dashboards.activities');
  const status = useSharedTranslator('status.activity');
  const format = useSharedFormatter();
  const total = counts ? STATUS_ORDER.reduce((s, k) => s + counts[k], 0) : 0;
  if (!counts || total === 0) return <p className="mt-1 text-slate-700">{t('none')}</p>;
  return (
    <>
      <p className="mt-1 text-sm text-slate-700">{t('total', { count: total })}</p>
      <ul aria-label={label} className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <span aria-hidden="true">{statusSymbol(s)}</span> {status(s)} <strong>{format.number(counts[s])}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
