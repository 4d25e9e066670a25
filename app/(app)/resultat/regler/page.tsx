import type { Metadata } from 'next';

import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { RuleExplainer } from '@/features/rollup/components/rule-explainer';
import { RuleSettingsForm } from '@/features/rollup/components/rule-settings-form';
import { getRuleSettings } from '@/features/rollup/settings';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('ruleSettings');
  return { title: t('title') };
}

export default async function RuleSettingsPage({ searchParams }: { searchParams: Promise<{ andrade?: string }> }) {
  const { settings, canEdit } = await getRuleSettings(getDb(), await requireViewer());
  const { andrade } = await searchParams;
  const changed = andrade && /^\d{1,9}$/.test(andrade) ? Number(andrade) : null;
  const t = await translator('ruleSettings');
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      <div aria-live="polite">
        {changed !== null ? (
          <Notice tone="success" className="mt-4 max-w-2xl">
            {t('saved', { count: changed })}
          </Notice>
        ) : null}
      </div>
      <RuleExplainer settings={settings} />
      {canEdit ? <RuleSettingsForm settings={settings} /> : <p className="mt-4 max-w-3xl text-slate-700">{t('readOnly')}</p>}
    </>
  );
}
