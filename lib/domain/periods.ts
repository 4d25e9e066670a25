export const PLAN_YEAR_STATUSES = ['open', 'closed'] as const;

export const PERIOD_KINDS = [
  'monthly', // the board's continuous follow-up
  'interim', // delårsrapport, per 31 August
  'annual', // årsredovisning, per 31 December
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
