'use client';

import dynamic from 'next/dynamic';
import { useLocale } from 'next-intl';
import { useMemo, useState } from 'react';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import { DataTable } from '@/components/ui/data-table';
import { SERIES } from './trend-series';

// The drawing is made in the browser only: on the server it would cost a chart store and a full
// SVG per goal on every request, while the summary and the table below carry the same figures.
const TrendBars = dynamic(() => import('./trend-bars').then((m) => m.TrendBars), { ssr: false });

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
          <DataTable caption={caption} showCaption density="compact" rows={points} rowKey={(p) => p.label}>
            {[
              { header: monthHeader, rowHeader: true, cell: (p) => p.label },
              ...SERIES.map((s) => ({ key: s.status, header: statusLabels[s.status], numeric: true, cell: (p: ChartPoint) => percent.format(p.shares[s.status] / 100) })),
              { header: activitiesHeader, numeric: true, cell: (p) => integer.format(p.activities) },
            ]}
          </DataTable>
        ) : null}
      </details>
    </figure>
  );
}
