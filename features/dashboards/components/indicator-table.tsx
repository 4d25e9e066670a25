import type { GoalSummary } from '@/features/goals/details';
import { DataTable } from '@/components/ui/data-table';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/** Each indicator's baseline, target and latest value; the mean progress comes from the roll-up. */
export function IndicatorTable({ goalCode, indicators, progress }: { goalCode: string; indicators: GoalSummary['indicators']; progress: number | null }) {
  const t = useSharedTranslator('dashboards.indicators');
  const format = useSharedFormatter();
  const value = (v: number, unit: string) => `${format.number(v, { maximumFractionDigits: 1 })} ${unit}`;
  return (
    <>
      <DataTable caption={`${t('heading')} – ${goalCode}`} density="compact" rows={indicators} empty={t('none')}>
        {[
          { header: t('name'), rowHeader: true, cell: (i) => i.name },
          { header: t('baseline'), numeric: true, cell: (i) => value(i.baseline, i.unit) },
          { header: t('target'), numeric: true, cell: (i) => value(i.target, i.unit) },
          { header: t('latest'), numeric: true, cell: (i) => (i.latestValue === null ? t('noValue') : value(i.latestValue, i.unit)) },
        ]}
      </DataTable>
      {indicators.length > 0 && progress !== null ? <p className="mt-1 text-sm text-slate-700">{t('progress', { value: format.number(progress, { style: 'percent', maximumFractionDigits: 0 }) })}</p> : null}
    </>
  );
}
