'use client';

import dynamic from 'next/dynamic';
import type { ComparisonPoint } from './comparison-lines';

// Drawn in the browser only: the table beside it carries the same figures on the server.
const ComparisonLines = dynamic(() => import('./comparison-lines').then((m) => m.ComparisonLines), { ssr: false });

/** A picture of the comparison table; screen readers get the summary and then the table itself. */
export function KoladaComparisonChart({ data, labels, unit, summary }: { data: ComparisonPoint[]; labels: Record<'own' | 'national' | 'groupMedian', string>; unit: string; summary: string }) {
  return (
    <div role="img" aria-label={summary} className="mt-2 h-48 w-full max-w-xl">
      <ComparisonLines data={data} labels={labels} unit={unit} />
    </div>
  );
}
