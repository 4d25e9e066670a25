'use client';

import { useLocale } from 'next-intl';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import { SERIES } from './trend-series';

/** The stacked bars themselves; each status filled with its own pattern and named in the legend. */
export function TrendBars({ id, data, statusLabels }: { id: string; data: Record<string, string | number>[]; statusLabels: Record<ActivityStatus, string> }) {
  const locale = useLocale();
  const percent = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }), [locale]);
  return (
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
  );
}
