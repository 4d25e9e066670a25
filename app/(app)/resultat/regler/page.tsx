import type { Metadata } from 'next';

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
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      <div aria-live="polite">
        {changed !== null ? <p className="mt-4 max-w-2xl rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">{t('saved', { count: changed })}</p> : null}
      </div>
      <RuleExplainer settings={settings} />
      {canEdit ? <RuleSettingsForm settings={settings} /> : <p className="mt-4 max-w-3xl text-slate-700">{t('readOnly')}</p>}
    </>
  );
}
