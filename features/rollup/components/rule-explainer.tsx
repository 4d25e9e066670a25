import Link from 'next/link';
import { STATUS_VALUE, type RollupSettings } from '@/features/rollup/rules';
import { STATUS_ORDER } from '@/features/dashboards/trend';
import { useSharedFormatter, useSharedTranslator } from '@/lib/i18n/shared';

/** The documented rule with the municipality's own weights and thresholds, so a proposal can be checked by hand. */
export function RuleExplainer({ settings, linkToRule = false }: { settings: RollupSettings; linkToRule?: boolean }) {
  const t = useSharedTranslator('dashboards.rule');
  const rule = useSharedTranslator('ruleSettings');
  const status = useSharedTranslator('status.activity');
  const format = useSharedFormatter();
  const n = (x: number) => format.number(x, { maximumFractionDigits: 2 });
  const values = STATUS_ORDER.map((s) => t('value', { status: status(s).toLowerCase(), value: n(STATUS_VALUE[s]) })).join(', ');
  return (
    <section aria-labelledby="regel-rubrik" className="mt-10 max-w-3xl rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="regel-rubrik" className="text-lg font-semibold">{t('heading')}</h2>
      <p className="mt-1 text-slate-700">{t('intro')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t('activities', { values })}</li>
        <li>{t('indicators')}</li>
        <li>{t('weights', { activity: n(settings.activityWeight), indicator: n(settings.indicatorWeight) })}</li>
        <li>{t('thresholds', { fulfilled: n(settings.fulfilledFrom), partly: n(settings.partlyFrom) })}</li>
      </ul>
      {linkToRule ? (
        <p className="mt-2">
          <Link href="/resultat/regler" className="font-medium text-administrative-800 underline">{rule('link')}</Link>
        </p>
      ) : null}
    </section>
  );
}
