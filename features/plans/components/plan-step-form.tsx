'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { createPlanAction } from '@/features/plans/actions';
import { approvePlanAction, newVersionAction, removeActivityAction, returnPlanAction, submitPlanAction } from '@/features/plans/activity-actions';

const STEPS = {
  create: createPlanAction,
  submit: submitPlanAction,
  approve: approvePlanAction,
  return: returnPlanAction,
  newVersion: newVersionAction,
  removeActivity: removeActivityAction,
};

type PlanStep = keyof typeof STEPS;

/**
 * One step of a plan's life (submit, approve, return, new version, remove an activity): a button
 * with the plan's revision, and for a return the required comment.
 */
export function PlanStepForm({
  step,
  planId,
  revision,
  label,
  id,
  variant = 'primary',
  hidden = {},
  comment,
}: {
  step: PlanStep;
  /** Absent only for a form that makes a new plan. */
  planId?: number;
  revision?: number;
  label: string;
  id: string;
  variant?: 'primary' | 'secondary' | 'danger';
  hidden?: Record<string, string | number>;
  comment?: { label: string; hint: string };
}) {
  const [state, formAction] = useActionState(STEPS[step], initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label={label}>
      {planId !== undefined ? <input type="hidden" name="planId" value={planId} /> : null}
      {revision !== undefined ? <input type="hidden" name="revision" value={revision} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {comment ? <TextField name="comment" label={comment.label} hint={comment.hint} state={state} multiline rows={3} required /> : null}
      <FormMessage state={state} id={`${id}-message`} />
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
