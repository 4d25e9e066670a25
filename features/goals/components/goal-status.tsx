import { useSharedTranslator } from '@/lib/i18n/shared';

/** Draft or adopted, with a symbol and text as well as colour. */
export function GoalStatusBadge({ status }: { status: 'draft' | 'adopted' }) {
  const t = useSharedTranslator('goals.status');
  const look = status === 'adopted' ? 'bg-emerald-50 text-emerald-900 ring-emerald-300' : 'bg-slate-100 text-slate-800 ring-slate-300';
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-sm font-medium ring-1 ${look}`}>
      <span aria-hidden="true">{status === 'adopted' ? '✓' : '✎'}</span>
      {t(status)}
    </span>
  );
}
