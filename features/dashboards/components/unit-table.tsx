import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { STATUS_ORDER, type StatusCounts } from '@/features/dashboards/trend';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/** One administration goal's activities per unit and status, the units most at risk first. */
export function UnitTable({ goalLabel, units, rest }: { goalLabel: string; units: { unitId: number; name: string; counts: StatusCounts }[]; rest: number }) {
  const t = useSharedTranslator('dashboards.drill');
  const format = useSharedFormatter();
  const heading = t('unitsHeading', { goal: goalLabel });
  return (
    <section aria-label={heading} className="mt-3">
      <DataTable caption={`${heading}. ${t('unitsCaption')}`} showCaption scrollLabel={heading} density="compact" rows={units} rowKey={(u) => u.unitId} empty={t('noUnits')}>
        {[
          { header: t('unit'), rowHeader: true, cell: (u) => u.name },
          ...STATUS_ORDER.map((s) => ({ key: s, header: <StatusBadge kind="activity" value={s} />, numeric: true, cell: (u: { counts: StatusCounts }) => format.number(u.counts[s]) })),
          { header: t('total'), numeric: true, cell: (u) => format.number(STATUS_ORDER.reduce((sum, s) => sum + u.counts[s], 0)) },
        ]}
      </DataTable>
      {rest > 0 ? <p className="mt-1 text-sm text-slate-700">{t('rest', { count: rest })}</p> : null}
    </section>
  );
}
