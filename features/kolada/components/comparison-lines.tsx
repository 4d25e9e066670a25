'use client';

import { useLocale } from 'next-intl';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ComparisonPoint {
  year: string;
  own: number | null;
  national: number | null;
  groupMedian: number | null;
}

// Each series differs in dash and marker as well as colour, so none depends on seeing colour.
const SERIES = [
  { key: 'own', colour: '#1d4ed8', dash: undefined, dot: { r: 4 } },
  { key: 'national', colour: '#334155', dash: '6 4', dot: { r: 3, strokeWidth: 2, fill: '#fff' } },
  { key: 'groupMedian', colour: '#b45309', dash: '2 3', dot: { r: 3 } },
] as const;

/** The lines themselves; a missing value leaves a gap rather than a guess. */
export function ComparisonLines({ data, labels, unit }: { data: ComparisonPoint[]; labels: Record<'own' | 'national' | 'groupMedian', string>; unit: string }) {
  const number = new Intl.NumberFormat(useLocale(), { maximumFractionDigits: 1 });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" tick={{ fill: '#334155', fontSize: 12 }} />
        <YAxis width={48} tick={{ fill: '#334155', fontSize: 12 }} domain={['auto', 'auto']} />
        <Tooltip formatter={(value, name) => [`${number.format(Number(value))} ${unit}`, name]} />
        <Legend wrapperStyle={{ fontSize: 12, color: '#0f172a' }} />
        {SERIES.map((s) => (
          <Line key={s.key} type="linear" dataKey={s.key} name={labels[s.key]} stroke={s.colour} strokeWidth={2} strokeDasharray={s.dash} dot={{ ...s.dot, stroke: s.colour }} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
