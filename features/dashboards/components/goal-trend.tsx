import { STATUS_ORDER, type TrendPoint } from '@/features/dashboards/trend';
import { formatDate } from '@/lib/dates/format-date';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import { StatusTrendChart } from './status-trend-chart';
import { useSharedFormatter, useSharedLocale, useSharedTranslator } from '@/lib/i18n/shared';

/** The monthly trend of one goal: the chart with its summary and table, texts from the catalogue. */
export function GoalTrend({ goalId, goalLabel, points }: { goalId: number; goalLabel: string; points: TrendPoint[] }) {
  const t = useSharedTranslator('dashboards.trend');
  const status = useSharedTranslator('status.activity');
  const format = useSharedFormatter();
  const locale = useSharedLocale();
  if (points.length === 0) return <p className="mt-1 text-slate-700">{t('empty')}</p>;
  const labels = Object.fromEntries(STATUS_ORDER.map((s) => [s, status(s)])) as Record<ActivityStatus, string>;
  const last = points[points.length - 1]!;
  const month = (p: TrendPoint) => formatDate(p.periodEnd, locale, 'month');
  const figures = STATUS_ORDER.map((s) => t('figure', { status: labels[s], share: format.number(last.shares[s] / 100, { style: 'percent', maximumFractionDigits: 1 }) })).join(', ');
  return (
    <StatusTrendChart
      id={`trend-${goalId}`}
      points={points.map((p) => ({ label: month(p), activities: p.activities, shares: p.shares }))}
      statusLabels={labels}
      summary={t('summary', { goal: goalLabel, month: month(last), figures })}
      caption={t('caption', { goal: goalLabel })}
      tableToggle={t('table')}
      monthHeader={t('month')}
      activitiesHeader={t('activities')}
    />
  );
}
