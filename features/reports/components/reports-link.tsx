import { TextLink } from '@/components/ui/text-link';
import { useSharedTranslator } from '@/lib/i18n/shared';

/** From a dashboard to the interim and annual reports of its year. */
export function ReportsLink() {
  const t = useSharedTranslator('reports.index');
  return (
    <TextLink href="/resultat/rapporter" tone="political">
      {t('linkFromDashboard')}
    </TextLink>
  );
}
