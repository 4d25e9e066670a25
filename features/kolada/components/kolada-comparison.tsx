import { DataTable } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import type { IndicatorKoladaComparison } from '@/features/kolada/queries';
import { KoladaComparisonChart } from './comparison-chart';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/**
 * The municipality against the country and its comparison group, per year, as a table: the
 * table is the figures themselves, readable by a screen reader and in print. A missing figure
 * says "Saknas" rather than showing nothing or zero.
 */
export function KoladaComparisonTable({ comparison, indicatorId, indicatorName, unit }: { comparison: IndicatorKoladaComparison; indicatorId: number; indicatorName: string; unit: string }) {
  const t = useSharedTranslator('kolada.comparison');
  const format = useSharedFormatter();
  const headingId = `kolada-indikator-${indicatorId}`;
  const figure = (v: number | null) => (v === null ? <span className="italic text-slate-700">{t('missing')}</span> : `${format.number(v, { maximumFractionDigits: 1 })} ${unit}`);

  return (
    <Section id={headingId} title={t('heading', { kpi: comparison.kpiId })} level={4} size="xs" className="mt-4">
      {comparison.years.length === 0 ? (
        <p className="mt-1 text-sm">{t('none', { kpi: comparison.kpiId })}</p>
      ) : (
        <>
          {comparison.years.length > 1 ? (
            <KoladaComparisonChart
              data={[...comparison.years].reverse().map((y) => ({ year: String(y.year), own: y.own, national: y.national, groupMedian: y.groupMedian }))}
              labels={{ own: t('own'), national: t('national'), groupMedian: t('groupMedian') }}
              unit={unit}
              summary={t('chartSummary', { kpi: comparison.kpiId })}
            />
          ) : null}
          <DataTable caption={t('caption', { name: indicatorName, kpi: comparison.kpiId })} density="compact" minWidth="28rem" width="max-w-2xl" rows={comparison.years} rowKey={(y) => y.year}>
            {[
              { header: t('year'), rowHeader: true, cell: (y) => y.year },
              { header: t('own'), numeric: true, cell: (y) => figure(y.own) },
              { header: t('national'), numeric: true, cell: (y) => figure(y.national) },
              { header: t('groupMean'), numeric: true, cell: (y) => figure(y.groupMean) },
              { header: t('groupMedian'), numeric: true, cell: (y) => figure(y.groupMedian) },
            ]}
          </DataTable>
          {comparison.groupSize > 0 ? <p className="mt-1 text-sm text-slate-700">{t('groupNote', { count: comparison.groupSize })}</p> : null}
          {comparison.fetchedAt ? <p className="mt-1 text-sm text-slate-700">{t('source', { kpi: comparison.kpiId, date: format.dateTime(comparison.fetchedAt, { dateStyle: 'long' }) })}</p> : null}
        </>
      )}
    </Section>
  );
}
