'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { saveIndicatorAction } from '@/features/goals/actions';

export interface IndicatorValues {
  id?: number;
  name?: string;
  unit?: string;
  baseline?: number;
  baselineYear?: number;
  target?: number;
  direction?: 'increase' | 'decrease';
  source?: string;
  koladaKpiId?: string | null;
}

// Numbers are typed as text so a Swedish decimal comma ("12,5") is accepted and checked on the server.
export function IndicatorForm({ goalId, values, defaultBaselineYear }: { goalId: number; values?: IndicatorValues; defaultBaselineYear: number }) {
  const t = useTranslations('goals.indicatorForm');
  const [state, action] = useActionState(saveIndicatorAction, initialFormState);
  const v = values ?? {};
  const num = (n: number | undefined) => (n === undefined ? undefined : String(n).replace('.', ','));
  return (
    <form action={action} noValidate aria-describedby="indikator-message" className="mt-4 grid max-w-2xl gap-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage state={state} id="indikator-message" />
      </div>
      <input type="hidden" name="goalId" value={goalId} />
      {v.id ? <input type="hidden" name="indicatorId" value={v.id} /> : null}
      <div className="sm:col-span-2">
        <TextField name="name" label={t('name')} state={state} defaultValue={v.name} required />
      </div>
      <TextField name="unit" label={t('unit')} hint={t('unitHint')} state={state} defaultValue={v.unit} required />
      <SelectField
        name="direction"
        label={t('direction')}
        state={state}
        defaultValue={v.direction ?? 'increase'}
        options={[
          { value: 'increase', label: t('increase') },
          { value: 'decrease', label: t('decrease') },
        ]}
      />
      <TextField name="baseline" label={t('baseline')} state={state} defaultValue={num(v.baseline)} required />
      <TextField name="baselineYear" label={t('baselineYear')} state={state} defaultValue={v.baselineYear ?? defaultBaselineYear} required />
      <TextField name="target" label={t('target')} state={state} defaultValue={num(v.target)} required />
      <TextField name="source" label={t('source')} state={state} defaultValue={v.source} required />
      <TextField name="koladaKpiId" label={t('kolada')} hint={t('koladaHint')} state={state} defaultValue={v.koladaKpiId} />
      <div className="sm:col-span-2">
        <SubmitButton>{v.id ? t('saveChanges') : t('create')}</SubmitButton>
      </div>
    </form>
  );
}
