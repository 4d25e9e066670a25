import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
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
    <Section id="regel-rubrik" title={t('heading')} size="md" intro={t('intro')} look="outlined" className="mt-10 max-w-3xl">
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t('activities', { values })}</li>
        <li>{t('indicators')}</li>
        <li>{t('weights', { activity: n(settings.activityWeight), indicator: n(settings.indicatorWeight) })}</li>
        <li>{t('thresholds', { fulfilled: n(settings.fulfilledFrom), partly: n(settings.partlyFrom) })}</li>
      </ul>
      {linkToRule ? (
        <p className="mt-2">
          <TextLink href="/resultat/regler">{rule('link')}</TextLink>
        </p>
      ) : null}
    </Section>
  );
}
