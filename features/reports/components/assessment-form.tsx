'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { CONTROL_CLASS, FormField, type FieldControl } from '@/components/ui/form-field';
import { FormMessage, SubmitButton, useFieldError } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { saveAssessmentAction } from '@/features/reports/actions';
import { type Fulfilment, FULFILMENTS } from '@/lib/domain/fulfilment';

interface Props {
  periodId: number;
  bodyId: number;
  goalId: number;
  unitId: number;
  code: string;
  /** Which level writes: the unit, the administration, the board (proposed by its director) or KS. */
  level: 'unitLevel' | 'administrationLevel' | 'boardLevel' | 'ksLevel';
  interim: boolean;
  current: { fulfilment: Fulfilment; forecast: Fulfilment | null; analysis: string } | null;
}

/**
 * One level's assessment of one goal. Several of these stand on one page, so every id carries
 * the level's unit and the goal: labels, hints and errors stay tied to their own field.
 */
export function AssessmentForm({ periodId, bodyId, goalId, unitId, code, level, interim, current }: Props) {
  const t = useTranslations('reports.form');
  const status = useTranslations('status.fulfilment');
  const [state, action] = useActionState(saveAssessmentAction, initialFormState);
  const prefix = `a-${unitId}-${goalId}`;
  const value = (name: 'fulfilment' | 'forecast' | 'analysis') => state.values?.[name] ?? current?.[name] ?? '';
  const errors = { fulfilment: useFieldError(state, 'fulfilment'), forecast: useFieldError(state, 'forecast'), analysis: useFieldError(state, 'analysis') };
  const options = FULFILMENTS.map((f) => ({ value: f, label: status(f) }));
  return (
    <form action={action} noValidate className="mt-3 space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="bodyId" value={bodyId} />
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="unitId" value={unitId} />
      <FormMessage state={state} id={`${prefix}-message`} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id={`${prefix}-fulfilment`} label={t('fulfilment', { level: t(level), code })} error={errors.fulfilment}>
          {(control) => <FulfilmentSelect control={control} value={value('fulfilment')} empty={t('choose')} options={options} name="fulfilment" />}
        </FormField>
        {interim ? (
          <FormField id={`${prefix}-forecast`} label={t('forecast', { code })} error={errors.forecast}>
            {(control) => <FulfilmentSelect control={control} value={value('forecast')} empty={t('chooseForecast')} options={options} name="forecast" />}
          </FormField>
        ) : null}
      </div>
      <FormField id={`${prefix}-analysis`} label={t('analysis', { code })} error={errors.analysis}>
        {(control) => <textarea {...control} name="analysis" rows={3} defaultValue={value('analysis')} key={value('analysis')} className={CONTROL_CLASS} />}
      </FormField>
      <SubmitButton>{t('save', { code })}</SubmitButton>
    </form>
  );
}

function FulfilmentSelect({ control, name, value, empty, options }: { control: FieldControl; name: string; value: string; empty: string; options: { value: string; label: string }[] }) {
  return (
    <select {...control} name={name} defaultValue={value} key={value} className={CONTROL_CLASS}>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
