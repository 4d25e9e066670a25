import { StatusBadge } from '@/components/ui/status-badge';
import { STATUS_ORDER, type StatusCounts } from '@/features/dashboards/trend';
import { ScrollArea } from '@/components/ui/scroll-area';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/** One administration goal's activities per unit and status, the units most at risk first. */
export function UnitTable({ goalLabel, units, rest }: { goalLabel: string; units: { unitId: number; name: string; counts: StatusCounts }[]; rest: number }) {
  const t = useSharedTranslator('dashboards.drill');
  const format = useSharedFormatter();
  return (
    <section aria-label={t('unitsHeading', { goal: goalLabel })} className="mt-3">
      {units.length === 0 ? (
        <p className="text-slate-700">{t('noUnits')}</p>
      ) : (
        <ScrollArea label={t('unitsHeading', { goal: goalLabel })}>
          <table className="min-w-full bg-white text-sm">
            <caption className="text-left font-medium">
              {t('unitsHeading', { goal: goalLabel })}. {t('unitsCaption')}
            </caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="px-2 py-1">{t('unit')}</th>
                {STATUS_ORDER.map((s) => (
                  <th key={s} scope="col" className="px-2 py-1">
                    <StatusBadge kind="activity" value={s} />
                  </th>
                ))}
                <th scope="col" className="px-2 py-1">{t('total')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.unitId} className="border-b border-slate-200">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{u.name}</th>
                  {STATUS_ORDER.map((s) => (
                    <td key={s} className="px-2 py-1">{format.number(u.counts[s])}</td>
                  ))}
                  <td className="px-2 py-1">{format.number(STATUS_ORDER.reduce((sum, s) => sum + u.counts[s], 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      {rest > 0 ? <p className="mt-1 text-sm text-slate-700">{t('rest', { count: rest })}</p> : null}
    </section>
  );
}
