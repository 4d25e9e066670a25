'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldGroup } from '@/components/ui/form-field';
import { CheckboxGroup, FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import type { GoalLevel } from '@/lib/domain/goals';
import { saveBoardGoalAction, saveCouncilGoalAction } from '@/features/goals/actions';

export interface GoalFormValues {
  goalId?: number;
  planYearId: number;
  code?: string;
  title?: string;
  description?: string | null;
  status?: 'draft' | 'adopted';
  decidedOn?: string;
  paragraph?: string;
}

/**
 * One form for every level: a council goal records KF's decision; a board or administration goal
 * also names the goals one level up that it contributes to (at least one).
 */
export function GoalForm({ level, values, board, parentOptions = [], parentIds = [], id = 'malformular' }: { level: GoalLevel; values: GoalFormValues; board?: { boardId: number; name: string }; parentOptions?: { id: number; code: string; title: string }[]; parentIds?: number[]; id?: string }) {
  const t = useTranslations('goals.form');
  const [state, action] = useActionState(level === 'council' ? saveCouncilGoalAction : saveBoardGoalAction, initialFormState);
  return (
    <form action={action} noValidate aria-describedby={`${id}-message`} className="mt-4 max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <FormMessage state={state} id={`${id}-message`} />
      {values.goalId ? <input type="hidden" name="goalId" value={values.goalId} /> : null}
      <input type="hidden" name="planYearId" value={values.planYearId} />
      {level !== 'council' ? <input type="hidden" name="level" value={level} /> : null}
      {board ? <input type="hidden" name="boardId" value={board.boardId} /> : null}
      <TextField name="code" label={t('code')} hint={t('codeHint')} state={state} defaultValue={values.code} required />
      <TextField name="title" label={t('title')} state={state} defaultValue={values.title} required />
      <TextField name="description" label={t('description')} state={state} defaultValue={values.description} multiline rows={3} />
      <SelectField
        name="status"
        label={t('status')}
        state={state}
        defaultValue={values.status ?? 'adopted'}
        options={[
          { value: 'adopted', label: t('statusAdopted') },
          { value: 'draft', label: t('statusDraft') },
        ]}
      />
      {level !== 'council' ? (
        <CheckboxGroup name="parentIds" legend={level === 'board' ? t('parentsCouncil') : t('parentsBoard')} hint={t('parentsHint')} state={state} checked={parentIds.map(String)} options={parentOptions.map((p) => ({ value: String(p.id), label: `${p.code} ${p.title}` }))} />
      ) : null}
      <FieldGroup legend={level === 'council' ? t('decisionCouncil') : level === 'board' ? t('decisionBoard', { board: board?.name ?? '' }) : t('decisionOptional', { board: board?.name ?? '' })}>
        <TextField name="decidedOn" label={t('decidedOn')} type="date" state={state} defaultValue={values.decidedOn} required={level !== 'administration'} />
        <TextField name="paragraph" label={t('paragraph')} hint={t('paragraphHint')} state={state} defaultValue={values.paragraph} required={level !== 'administration'} />
      </FieldGroup>
      <SubmitButton>{values.goalId ? t('saveChanges') : t('create')}</SubmitButton>
    </form>
  );
}
