'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/ui/form-field';
import { FormMessage, SubmitButton, useFieldError } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { closePlanYearAction, openPlanYearAction } from '@/features/plan-years/actions';

export function OpenPlanYearForm({ nextYear }: { nextYear: number }) {
  const t = useTranslations('planYears');
  const [state, action] = useActionState(openPlanYearAction, initialFormState);
  const error = useFieldError(state, 'carryPlans');
  return (
    <form action={action} aria-describedby="oppna-message" className="mt-4 max-w-2xl space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <FormMessage state={state} id="oppna-message" />
      <fieldset aria-describedby={error ? 'carryPlans-error' : undefined}>
        <legend className="font-medium">{t('carryLegend')}</legend>
        <p className="flex items-start gap-2">
          <input type="checkbox" id="carryGoals" name="carryGoals" defaultChecked className="mt-1 h-4 w-4" />
          <label htmlFor="carryGoals">{t('carryGoals')}</label>
        </p>
        <p className="flex items-start gap-2">
          <input type="checkbox" id="carryPlans" name="carryPlans" className="mt-1 h-4 w-4" />
          <label htmlFor="carryPlans">{t('carryPlans')}</label>
        </p>
        <FieldError id="carryPlans-error">{error}</FieldError>
      </fieldset>
      <SubmitButton>{t('open', { year: nextYear })}</SubmitButton>
    </form>
  );
}

export function ClosePlanYearForm({ planYearId, year }: { planYearId: number; year: number }) {
  const t = useTranslations('planYears');
  const [state, action] = useActionState(closePlanYearAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="planYearId" value={planYearId} />
      <SubmitButton variant="secondary">{t('close', { year })}</SubmitButton>
      <FormMessage state={state} id={`stang-${planYearId}-message`} />
    </form>
  );
}
