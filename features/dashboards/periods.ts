import type { PeriodKind } from '@/lib/domain/periods';

export interface PeriodRef {
  id: number;
  kind: PeriodKind;
  name: string;
  periodEnd: string; // ISO date
}

// Where a monthly and a report period end on the same day (31 August, 31 December), the report is
// the one the politicians read: it carries the assessments.
const KIND_WEIGHT: Record<PeriodKind, number> = { monthly: 0, interim: 1, annual: 2 };

const later = (a: PeriodRef, b: PeriodRef) => (a.periodEnd !== b.periodEnd ? a.periodEnd > b.periodEnd : KIND_WEIGHT[a.kind] > KIND_WEIGHT[b.kind]);

/** The latest period whose end has passed (periodEnd <= today), or null early in the year. */
export function latestPassedPeriod<P extends PeriodRef>(periods: P[], today: string): P | null {
  let best: P | null = null;
  for (const p of periods) if (p.periodEnd <= today && (!best || later(p, best))) best = p;
  return best;
}

/** The period of the same kind just before the given one, in the same list (one plan year). */
export function previousPeriod<P extends PeriodRef>(periods: P[], current: PeriodRef): P | null {
  let best: P | null = null;
  for (const p of periods) if (p.kind === current.kind && p.periodEnd < current.periodEnd && (!best || p.periodEnd > best.periodEnd)) best = p;
  return best;
}

/** The period of the same kind and the same day of the year in the previous plan year's periods. */
export function samePeriodPreviousYear<P extends PeriodRef>(previousYearPeriods: P[], current: PeriodRef): P | null {
  const year = Number(current.periodEnd.slice(0, 4));
  const wanted = `${year - 1}${current.periodEnd.slice(4)}`;
  // February ends on the 28th or 29th: match on year and month for monthly periods.
  const monthOnly = current.kind === 'monthly';
  return previousYearPeriods.find((p) => p.kind === current.kind && (monthOnly ? p.periodEnd.slice(0, 7) === wanted.slice(0, 7) : p.periodEnd === wanted)) ?? null;
}

/** The monthly periods that have passed, oldest first: the points of a trend. */
export function passedMonthlyPeriods<P extends PeriodRef>(periods: P[], today: string): P[] {
  return periods.filter((p) => p.kind === 'monthly' && p.periodEnd <= today).sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}
