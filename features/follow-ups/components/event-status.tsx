import { useSharedTranslator } from '@/lib/i18n/shared';

const LOOK: Record<string, { symbol: string; className: string }> = {
  booked: { symbol: '◷', className: 'bg-slate-100 text-slate-800 ring-slate-300' },
  prepared: { symbol: '✎', className: 'bg-sky-50 text-sky-900 ring-sky-300' },
  held: { symbol: '…', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  confirmed: { symbol: '✓', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
};

export function EventStatus({ status }: { status: string }) {
  const t = useSharedTranslator('followUp.eventStatus');
  const look = LOOK[status] ?? LOOK.booked!;
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-sm font-medium ring-1 ${look.className}`}>
      <span aria-hidden="true">{look.symbol}</span>
      {t(status as 'booked')}
    </span>
  );
}
