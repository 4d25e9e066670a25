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
    <section aria-labelledby={headingId} className="mt-4">
      <h4 id={headingId} className="text-sm font-semibold">{t('heading', { kpi: comparison.kpiId })}</h4>
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
          <div className="mt-1 overflow-x-auto">
            <table className="min-w-[28rem] border-collapse text-sm">
              <caption className="sr-only">{t('caption', { name: indicatorName, kpi: comparison.kpiId })}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-4 text-left">{t('year')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('own')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('national')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('groupMean')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('groupMedian')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.years.map((y) => (
                  <tr key={y.year} className="border-b border-slate-200">
                    <th scope="row" className="py-1 pr-4 text-left font-normal">{y.year}</th>
                    <td className="px-2 py-1 text-right">{figure(y.own)}</td>
                    <td className="px-2 py-1 text-right">{figure(y.national)}</td>
                    <td className="px-2 py-1 text-right">{figure(y.groupMean)}</td>
                    <td className="px-2 py-1 text-right">{figure(y.groupMedian)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {comparison.groupSize > 0 ? <p className="mt-1 text-sm text-slate-700">{t('groupNote', { count: comparison.groupSize })}</p> : null}
          {comparison.fetchedAt ? <p className="mt-1 text-sm text-slate-700">{t('source', { kpi: comparison.kpiId, date: format.dateTime(comparison.fetchedAt, { dateStyle: 'long' }) })}</p> : null}
        </>
      )}
    </section>
  );
}
