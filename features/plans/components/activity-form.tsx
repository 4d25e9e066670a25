'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { CheckboxGroup, FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
import { addActivityAction, updateActivityAction } from '@/features/plans/activity-actions';
import type { ActivityContent } from '@/features/plans/versioning';

export interface ActivityFormOptions {
  owners: { id: number; name: string; title: string }[];
  goals: { id: number; code: string; title: string }[];
  indicators: { id: number; name: string; code: string }[];
}

/** The activity being changed: its content as a plan version owns it, the goals as the plan page lists them. */
type ActivityValues = Omit<ActivityContent, 'goalIds'> & { id: number; goals: { id: number }[] };

/**
 * Adds an activity to a plan or changes one. It carries the plan's revision, so a save made after
 * someone else's is refused instead of overwriting it; every message appears next to its field.
 */
export function ActivityForm({ planId, revision, options, activity }: { planId: number; revision: number; options: ActivityFormOptions; activity?: ActivityValues }) {
  const t = useTranslations('plans.form');
  // The chosen goals are remembered here: a rejected form is reset by React, and the server's
  // echo of the input only carries single values, not the checkbox list.
  const [goalIds, setGoalIds] = useState(() => (activity?.goals ?? []).map((g) => String(g.id)));
  const save = activity ? updateActivityAction : addActivityAction;
  const [state, formAction] = useActionState(async (previous: FormState, data: FormData) => {
    const result = await save(previous, data);
    if (result.ok && !activity) setGoalIds([]);
    return result;
  }, initialFormState);
  function rememberGoal(event: React.FormEvent<HTMLFormElement>) {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'goalIds[]') return;
    setGoalIds((chosen) => (input.checked ? [...new Set([...chosen, input.value])] : chosen.filter((v) => v !== input.value)));
  }
  return (
    <form action={formAction} onChange={rememberGoal} className="space-y-4" noValidate>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="revision" value={revision} />
      {activity ? <input type="hidden" name="activityId" value={activity.id} /> : null}
      <TextField name="title" label={t('title')} state={state} defaultValue={activity?.title} required />
      <TextField name="description" label={t('description')} state={state} defaultValue={activity?.description} multiline rows={3} />
      <SelectField name="ownerPersonId" label={t('owner')} hint={t('ownerHint')} state={state} defaultValue={activity?.ownerPersonId} required options={[{ value: '', label: t('chooseOwner') }, ...options.owners.map((o) => ({ value: String(o.id), label: `${o.name}, ${o.title.toLowerCase()}` }))]} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startDate" type="date" label={t('startDate')} state={state} defaultValue={activity?.startDate} required />
        <TextField name="endDate" type="date" label={t('endDate')} state={state} defaultValue={activity?.endDate} required />
      </div>
      <TextField name="expectedResult" label={t('expectedResult')} state={state} defaultValue={activity?.expectedResult} multiline rows={2} required />
      <CheckboxGroup name="goalIds" legend={t('goals')} hint={t('goalsHint')} state={state} checked={goalIds} options={options.goals.map((g) => ({ value: String(g.id), label: `${g.code} ${g.title}` }))} />
      <SelectField name="indicatorId" label={t('indicator')} hint={t('indicatorHint')} state={state} defaultValue={activity?.indicatorId} options={[{ value: '', label: t('noIndicator') }, ...options.indicators.map((i) => ({ value: String(i.id), label: `${i.code}: ${i.name}` }))]} />
      <FormMessage state={state} id={activity ? 'activity-form-message' : 'add-activity-message'} />
      <SubmitButton>{activity ? t('save') : t('add')}</SubmitButton>
    </form>
  );
}
