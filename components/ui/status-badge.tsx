import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import type { Fulfilment } from '@/lib/domain/fulfilment';
import { useSharedTranslator } from '@/lib/i18n/shared';

type Kind = 'activity' | 'fulfilment' | 'assignment' | 'plan' | 'goal' | 'event';

// Each status has a symbol and a text besides its colour: colour is never the only carrier.
const LOOK: Record<string, { symbol: string; className: string }> = {
  not_started: { symbol: '○', className: 'bg-slate-100 text-slate-800 ring-slate-300' },
  on_track: { symbol: '●', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  at_risk: { symbol: '▲', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  off_track: { symbol: '✕', className: 'bg-red-50 text-red-900 ring-red-300' },
  done: { symbol: '✓', className: 'bg-sky-50 text-sky-900 ring-sky-300' },
  fulfilled: { symbol: '✓', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  partly_fulfilled: { symbol: '◐', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  not_fulfilled: { symbol: '✕', className: 'bg-red-50 text-red-900 ring-red-300' },
  draft: { symbol: '✎', className: 'bg-slate-100 text-slate-800 ring-slate-300' },
  submitted: { symbol: '→', className: 'bg-sky-50 text-sky-900 ring-sky-300' },
  returned: { symbol: '↩', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  approved: { symbol: '✓', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  agreed: { symbol: '✓', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  adopted: { symbol: '✓', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  booked: { symbol: '◷', className: 'bg-slate-100 text-slate-800 ring-slate-300' },
  prepared: { symbol: '✎', className: 'bg-sky-50 text-sky-900 ring-sky-300' },
  held: { symbol: '…', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  confirmed: { symbol: '✓', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
};

// Where each kind's status names stand in the catalogue.
const MESSAGES: Record<Kind, string> = {
  activity: 'status.activity',
  fulfilment: 'status.fulfilment',
  assignment: 'status.assignment',
  plan: 'status.plan',
  goal: 'goals.status',
  event: 'followUp.eventStatus',
};

/** The symbol of a status, for compact lists that name the status in text beside it. */
export const statusSymbol = (value: string) => (LOOK[value] ?? LOOK.not_started!).symbol;

/** Every status in the app (activity, fulfilment, assignment, plan, goal, talk) is shown with this badge. */
export function StatusBadge({ kind, value, suffix }: { kind: Kind; value: ActivityStatus | Fulfilment | string; suffix?: string }) {
  const t = useSharedTranslator();
  const look = LOOK[value] ?? LOOK.not_started!;
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-sm font-medium ring-1 ${look.className}`}>
      <span aria-hidden="true">{look.symbol}</span>
      {t(`${MESSAGES[kind]}.${value}` as 'status.activity.done')}
      {suffix ? <span className="font-normal"> {suffix}</span> : null}
    </span>
  );
}
