'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ActivityStatus } from '@/db/schema';
import { ScrollArea } from './scroll-area';

export interface ChartPoint {
  label: string;
  activities: number;
  shares: Record<ActivityStatus, number>;
}

// Best first, as in the tables. Each status has its colour AND its own fill pattern, and the legend
// names it: colour is never the only carrier.
const SERIES: { status: ActivityStatus; colour: string; pattern: React.ReactNode }[] = [
  { status: 'done', colour: '#0369a1', pattern: null },
  { status: 'on_track', colour: '#047857', pattern: <path d="M0 8 L8 0" stroke="#ffffff" strokeWidth="1.5" /> },
  { status: 'at_risk', colour: '#b45309', pattern: <circle cx="4" cy="4" r="1.6" fill="#ffffff" /> },
  { status: 'off_track', colour: '#b91c1c', pattern: <path d="M0 0 L8 8 M8 0 L0 8" stroke="#ffffff" strokeWidth="1.5" /> },
  { status: 'not_started', colour: '#64748b', pattern: <path d="M0 4 H8" stroke="#ffffff" strokeWidth="1.5" /> },
];

interface Props {
  id: string;
  points: ChartPoint[];
  statusLabels: Record<ActivityStatus, string>;
  /** A one-sentence summary read by screen readers in place of the drawing. */
  summary: string;
  caption: string;
  tableToggle: string;
  monthHeader: string;
  activitiesHeader: string;
}

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('sv-SE');

/**
 * Share of a goal's activities per status, month by month, as stacked bars. The drawing is a
 * picture with a summary; the same figures follow in a table, so nothing depends on hovering.
 */
export function StatusTrendChart({ id, points, statusLabels, summary, caption, tableToggle, monthHeader, activitiesHeader }: Props) {
  const data = points.map((p) => ({ label: p.label, ...p.shares }));
  return (
    <figure className="mt-3">
      <div role="img" aria-label={summary} className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <defs>
              {SERIES.map((s) => (
                <pattern key={s.status} id={`${id}-${s.status}`} width="8" height="8" patternUnits="userSpaceOnUse">
                  <rect width="8" height="8" fill={s.colour} />
                  {s.pattern}
                </pattern>
              ))}
            </defs>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: '#334155', fontSize: 12 }} />
            <YAxis domain={[0, 100]} unit=" %" width={48} tick={{ fill: '#334155', fontSize: 12 }} />
            <Tooltip formatter={(value, name) => [percent.format(Number(value) / 100), name]} />
            <Legend wrapperStyle={{ fontSize: 12, color: '#0f172a' }} />
            {SERIES.map((s) => (
              <Bar key={s.status} dataKey={s.status} name={statusLabels[s.status]} stackId="status" fill={`url(#${id}-${s.status})`} stroke={s.colour} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-administrative-800 underline">{tableToggle}</summary>
        <ScrollArea label={caption}>
          <table className="mt-2 min-w-full text-sm">
            <caption className="text-left font-medium">{caption}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">{monthHeader}</th>
                {SERIES.map((s) => (
                  <th key={s.status} scope="col" className="py-1 pr-3">{statusLabels[s.status]}</th>
                ))}
                <th scope="col" className="py-1">{activitiesHeader}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.label} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{p.label}</th>
                  {SERIES.map((s) => (
                    <td key={s.status} className="py-1 pr-3">{percent.format(p.shares[s.status] / 100)}</td>
                  ))}
                  <td className="py-1">{integer.format(p.activities)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </details>
    </figure>
  );
}
