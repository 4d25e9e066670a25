'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import type { RollupSettings } from '@/features/rollup/rules';
import { saveRuleSettingsAction } from '@/features/rollup/actions';

/** Shown with a decimal comma, as the office writes them. */
const swedish = (n: number) => String(n).replace('.', ',');

export function RuleSettingsForm({ settings }: { settings: RollupSettings }) {
  const t = useTranslations('ruleSettings.form');
  const [state, action] = useActionState(saveRuleSettingsAction, initialFormState);
  return (
    <form action={action} noValidate aria-labelledby="regelformular-rubrik" aria-describedby="regel-meddelande" className="mt-4 max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="regelformular-rubrik" className="text-xl font-semibold">{t('heading')}</h2>
      <FormMessage state={state} id="regel-meddelande" />
      <fieldset className="space-y-3">
        <legend className="font-medium">{t('weights')}</legend>
        <p className="text-sm text-slate-700">{t('weightsHint')}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="activityWeight" label={t('activityWeight')} state={state} defaultValue={swedish(settings.activityWeight)} required />
          <TextField name="indicatorWeight" label={t('indicatorWeight')} state={state} defaultValue={swedish(settings.indicatorWeight)} required />
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-medium">{t('thresholds')}</legend>
        <p className="text-sm text-slate-700">{t('thresholdsHint')}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="fulfilledFrom" label={t('fulfilledFrom')} state={state} defaultValue={swedish(settings.fulfilledFrom)} required />
          <TextField name="partlyFrom" label={t('partlyFrom')} state={state} defaultValue={swedish(settings.partlyFrom)} required />
        </div>
      </fieldset>
      <p className="text-sm text-slate-700">{t('effect')}</p>
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
