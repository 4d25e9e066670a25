'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/ui/form-field';
import { FormMessage, SubmitButton, TextField, useFieldError } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { saveAssignmentAction } from '@/features/assignments/actions';
import { contributionField } from '@/features/assignments/validation';

interface Props {
  assignment: { id: number; revision: number; description: string; chosen: { id: number; contribution: string | null }[] } | null;
  choosable: { id: number; title: string }[];
  unitName: string;
}

/** The employee's own assignment: the text, and per chosen activity an optional "mitt bidrag". */
export function AssignmentForm({ assignment, choosable, unitName }: Props) {
  const t = useTranslations('assignments');
  const [state, action] = useActionState(saveAssignmentAction, initialFormState);
  // After a rejected save, keep what was ticked; otherwise show what is saved.
  const chosenIds = state.values ? (state.values['activityIds[]'] ?? '').split(',').filter(Boolean).map(Number) : (assignment?.chosen.map((c) => c.id) ?? []);
  const activityError = useFieldError(state, 'activityIds');

  return (
    <form action={action} noValidate className="space-y-5">
      <FormMessage state={state} />
      {assignment ? (
        <>
          <input type="hidden" name="assignmentId" value={assignment.id} />
          <input type="hidden" name="revision" value={assignment.revision} />
        </>
      ) : null}
      <TextField name="description" label={t('description')} hint={t('descriptionHint')} state={state} defaultValue={assignment?.description} multiline rows={5} required />
      <fieldset aria-describedby={activityError ? 'activityIds-error' : 'activityIds-hint'} aria-invalid={activityError ? true : undefined}>
        <legend className="font-medium">{t('activities')}</legend>
        <p id="activityIds-hint" className="text-sm text-slate-700">
          {t('activitiesHint', { unit: unitName })}
        </p>
        <ul className="mt-2 space-y-3" key={state.values?.['activityIds[]'] ?? 'saved'}>
          {choosable.map((a) => {
            const previous = assignment?.chosen.find((c) => c.id === a.id);
            return (
              <li key={a.id} className="rounded-md border border-slate-300 bg-white p-3">
                <div className="flex items-start gap-2">
                  <input type="checkbox" id={`activity-${a.id}`} name="activityIds[]" value={a.id} defaultChecked={chosenIds.includes(a.id)} className="mt-1 h-4 w-4" />
                  <label htmlFor={`activity-${a.id}`} className="font-medium">
                    {a.title}
                  </label>
                </div>
                <div className="mt-2 pl-6">
                  <TextField name={contributionField(a.id)} label={t('contribution', { activity: a.title })} hint={t('contributionHint')} state={state} defaultValue={previous?.contribution ?? ''} />
                </div>
              </li>
            );
          })}
        </ul>
        <FieldError id="activityIds-error">{activityError}</FieldError>
      </fieldset>
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
