'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldGroup } from '@/components/ui/form-field';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/form-fields';
import { Heading } from '@/components/ui/heading';
import { initialFormState } from '@/lib/actions/form-state';
import type { RollupSettings } from '@/features/rollup/rules';
import { saveRuleSettingsAction } from '@/features/rollup/actions';

/** Shown with a decimal comma, as the office writes them. */
const swedish = (n: number) => String(n).replace('.', ',');

// The weights are set together, and so are the thresholds: each pair under its own legend.
const GROUPS = [
  { legend: 'weights', fields: ['activityWeight', 'indicatorWeight'] },
  { legend: 'thresholds', fields: ['fulfilledFrom', 'partlyFrom'] },
] as const;

export function RuleSettingsForm({ settings }: { settings: RollupSettings }) {
  const t = useTranslations('ruleSettings.form');
  const [state, action] = useActionState(saveRuleSettingsAction, initialFormState);
  return (
    <form action={action} noValidate aria-labelledby="regelformular-rubrik" aria-describedby="regel-meddelande" className="mt-4 max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <Heading level={2} id="regelformular-rubrik">
        {t('heading')}
      </Heading>
      <FormMessage state={state} id="regel-meddelande" />
      {GROUPS.map((group) => (
        <FieldGroup key={group.legend} legend={t(group.legend)} hint={t(`${group.legend}Hint`)}>
          <div className="grid gap-3 sm:grid-cols-2">
            {group.fields.map((name) => (
              <TextField key={name} name={name} label={t(name)} state={state} defaultValue={swedish(settings[name])} required />
            ))}
          </div>
        </FieldGroup>
      ))}
      <p className="text-sm text-slate-700">{t('effect')}</p>
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
