'use client';

import dynamic from 'next/dynamic';
import { useLocale } from 'next-intl';
import { useMemo, useState } from 'react';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import { SERIES } from './trend-series';

// The drawing is made in the browser only: on the server it would cost a chart store and a full
// SVG per goal on every request, while the summary and the table below carry the same figures.
const TrendBars = dynamic(() => import('./trend-bars').then((m) => m.TrendBars), { ssr: false });
import { ScrollArea } from '@/components/ui/scroll-area';

export interface ChartPoint {
  label: string;
  activities: number;
  shares: Record<ActivityStatus, number>;
}


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

/**
 * Share of a goal's activities per status, month by month, as stacked bars. The drawing is a
 * picture with a summary; the same figures follow in a table, so nothing depends on hovering.
 * The table is built in the browser when the reader opens it, from the figures the chart already
 * has: a dashboard shows one per goal, and rendering them all on the server for every request,
 * closed, cost more than the rest of the goal's card.
 */
export function StatusTrendChart({ id, points, statusLabels, summary, caption, tableToggle, monthHeader, activitiesHeader }: Props) {
  const [open, setOpen] = useState(false);
  const locale = useLocale();
  const { percent, integer } = useMemo(() => ({ percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }), integer: new Intl.NumberFormat(locale) }), [locale]);
  const data = points.map((p) => ({ label: p.label, ...p.shares }));
  return (
    <figure className="mt-3">
      <div role="img" aria-label={summary} className="h-56 w-full">
        <TrendBars id={id} data={data} statusLabels={statusLabels} />
      </div>
      <details className="mt-2" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-sm font-medium text-administrative-800 underline">{tableToggle}</summary>
        {open ? (
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
        ) : null}
      </details>
    </figure>
  );
}
