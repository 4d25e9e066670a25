'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { CONTROL_CLASS, FieldError } from '@/components/ui/form-field';
import { FormMessage, SubmitButton, TextField, useFieldError } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { saveVisionAction } from '@/features/goals/actions';

type Value = { id: number | 'ny'; name: string; description: string };

export function VisionForm({ statement, description, values }: { statement: string; description: string | null; values: { id: number; name: string; description: string }[] }) {
  const t = useTranslations('goals.visionForm');
  const [state, action] = useActionState(saveVisionAction, initialFormState);
  const rows: Value[] = [...values, { id: 'ny', name: '', description: '' }];
  const error = useFieldError(state, 'valueNames');
  return (
    <form action={action} noValidate aria-describedby="vision-message" className="mt-4 max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <FormMessage state={state} id="vision-message" />
      <TextField name="statement" label={t('statement')} state={state} defaultValue={statement} required />
      <TextField name="description" label={t('description')} state={state} defaultValue={description} multiline rows={3} />
      <fieldset aria-describedby={error ? 'valueNames-error' : undefined} className="space-y-3">
        <legend className="font-medium">{t('values')}</legend>
        {rows.map((v, i) => {
          const label = v.id === 'ny' ? t('newValue') : t('value', { number: i + 1 });
          return (
            <div key={v.id} className="grid gap-2 sm:grid-cols-[12rem_1fr]">
              <input type="hidden" name="valueIds[]" value={v.id} />
              <div>
                <label htmlFor={`value-name-${v.id}`} className="block text-sm font-medium">
                  {label}
                </label>
                <input id={`value-name-${v.id}`} name="valueNames[]" defaultValue={v.name} aria-invalid={error ? true : undefined} className={CONTROL_CLASS} />
              </div>
              <div>
                <label htmlFor={`value-description-${v.id}`} className="block text-sm font-medium">
                  {t('valueDescription', { name: label })}
                </label>
                <input id={`value-description-${v.id}`} name="valueDescriptions[]" defaultValue={v.description} aria-invalid={error ? true : undefined} className={CONTROL_CLASS} />
              </div>
            </div>
          );
        })}
        <FieldError id="valueNames-error">{error}</FieldError>
      </fieldset>
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
