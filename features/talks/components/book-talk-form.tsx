'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { bookTalkAction } from '@/features/talks/actions';

export function BookTalkForm({ employees, defaultDate }: { employees: { personId: number; name: string }[]; defaultDate: string }) {
  const t = useTranslations('followUp');
  const [state, action] = useActionState(bookTalkAction, initialFormState);
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-3 sm:items-start">
      <div className="sm:col-span-3">
        <FormMessage state={state} id="book-message" />
      </div>
      <SelectField name="employeePersonId" label={t('employee')} state={state} options={[{ value: '', label: t('chooseEmployee') }, ...employees.map((e) => ({ value: String(e.personId), label: e.name }))]} required />
      <SelectField
        name="kind"
        label={t('talkKind')}
        state={state}
        defaultValue="appraisal_talk"
        options={[
          { value: 'appraisal_talk', label: t('kind.appraisal_talk') },
          { value: 'salary_talk', label: t('kind.salary_talk') },
        ]}
        required
      />
      <TextField name="heldOn" label={t('date')} hint={t('dateHint')} type="date" state={state} defaultValue={defaultDate} required />
      <div className="sm:col-span-3">
        <SubmitButton>{t('book')}</SubmitButton>
      </div>
    </form>
  );
}
