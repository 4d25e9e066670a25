'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '@/components/ui/form-fields';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
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

function FieldMessage({ id, state, name }: { id: string; state: FormState; name: string }) {
  const t = useTranslations();
  const key = state.fieldErrors?.[name]?.[0];
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {key ? t(key as 'reports.errors.analysisRequired') : null}
    </p>
  );
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
  const value = (name: 'fulfilment' | 'forecast' | 'analysis') => state.values?.[name] ?? (current?.[name] ?? '');
  const describedBy = (name: string) => (state.fieldErrors?.[name] ? `${prefix}-${name}-error` : undefined);
  const options = FULFILMENTS.map((f) => ({ value: f, label: status(f) }));
  return (
    <form action={action} noValidate className="mt-3 space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="bodyId" value={bodyId} />
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="unitId" value={unitId} />
      <FormMessage state={state} id={`${prefix}-message`} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}-fulfilment`} className="block font-medium">
            {t('fulfilment', { level: t(level), code })}
          </label>
          <select id={`${prefix}-fulfilment`} name="fulfilment" defaultValue={value('fulfilment')} key={value('fulfilment')} aria-invalid={state.fieldErrors?.fulfilment ? true : undefined} aria-describedby={describedBy('fulfilment')} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">{t('choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <FieldMessage id={`${prefix}-fulfilment-error`} state={state} name="fulfilment" />
        </div>
        {interim ? (
          <div>
            <label htmlFor={`${prefix}-forecast`} className="block font-medium">
              {t('forecast', { code })}
            </label>
            <select id={`${prefix}-forecast`} name="forecast" defaultValue={value('forecast')} key={value('forecast')} aria-invalid={state.fieldErrors?.forecast ? true : undefined} aria-describedby={describedBy('forecast')} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2">
              <option value="">{t('chooseForecast')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <FieldMessage id={`${prefix}-forecast-error`} state={state} name="forecast" />
          </div>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${prefix}-analysis`} className="block font-medium">
          {t('analysis', { code })}
        </label>
        <textarea id={`${prefix}-analysis`} name="analysis" rows={3} defaultValue={value('analysis')} key={value('analysis')} aria-invalid={state.fieldErrors?.analysis ? true : undefined} aria-describedby={describedBy('analysis')} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2" />
        <FieldMessage id={`${prefix}-analysis-error`} state={state} name="analysis" />
      </div>
      <SubmitButton>{t('save', { code })}</SubmitButton>
    </form>
  );
}
