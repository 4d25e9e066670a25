import type { GoalSummary } from '@/features/goals/details';
import { ScrollArea } from '@/components/ui/scroll-area';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/** Each indicator's baseline, target and latest value; the mean progress comes from the roll-up. */
export function IndicatorTable({ goalCode, indicators, progress }: { goalCode: string; indicators: GoalSummary['indicators']; progress: number | null }) {
  const t = useSharedTranslator('dashboards.indicators');
  const format = useSharedFormatter();
  const value = (v: number, unit: string) => `${format.number(v, { maximumFractionDigits: 1 })} ${unit}`;
  if (indicators.length === 0) return <p className="mt-1 text-slate-700">{t('none')}</p>;
  return (
    <ScrollArea label={`${t('heading')} – ${goalCode}`}>
      <table className="mt-1 min-w-full text-sm">
        <caption className="sr-only">{`${t('heading')} – ${goalCode}`}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">{t('name')}</th>
            <th scope="col" className="py-1 pr-3">{t('baseline')}</th>
            <th scope="col" className="py-1 pr-3">{t('target')}</th>
            <th scope="col" className="py-1">{t('latest')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-3 text-left font-normal">{i.name}</th>
              <td className="py-1 pr-3">{value(i.baseline, i.unit)}</td>
              <td className="py-1 pr-3">{value(i.target, i.unit)}</td>
              <td className="py-1">{i.latestValue === null ? t('noValue') : value(i.latestValue, i.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {progress !== null ? <p className="mt-1 text-sm text-slate-700">{t('progress', { value: format.number(progress, { style: 'percent', maximumFractionDigits: 0 }) })}</p> : null}
    </ScrollArea>
  );
}
