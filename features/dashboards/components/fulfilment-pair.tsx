import { DefinitionList } from '@/components/ui/definition-list';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Fulfilment } from '@/lib/domain/fulfilment';
import { useSharedTranslator } from '@/lib/i18n/shared';

/** The rule's proposal and the people's own assessment side by side: an assessment overrides, it never hides the proposal. */
export function FulfilmentPair({ proposed, assessment }: { proposed: Fulfilment | null; assessment: { fulfilment: Fulfilment; periodName: string } | null }) {
  const t = useSharedTranslator('dashboards.goal');
  return (
    <DefinitionList
      items={[
        { term: t('proposal'), details: proposed ? <StatusBadge kind="fulfilment" value={proposed} /> : <span className="text-slate-700">{t('noProposal')}</span> },
        {
          term: t('assessment'),
          details: assessment ? (
            <>
              <StatusBadge kind="fulfilment" value={assessment.fulfilment} /> <span className="text-sm text-slate-700">{t('assessedIn', { period: assessment.periodName })}</span>
            </>
          ) : (
            <span className="text-slate-700">{t('noAssessment')}</span>
          ),
        },
      ]}
    />
  );
}
