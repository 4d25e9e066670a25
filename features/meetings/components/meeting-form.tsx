'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldGroup } from '@/components/ui/form-field';
import { CheckboxGroup, FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { recordMeetingAction } from '@/features/meetings/actions';
import { entryField } from '@/features/follow-ups/entries';
import { statusOptions } from '@/features/follow-ups/status-options';

interface Props {
  unitId: number;
  today: string;
  members: { personId: number; name: string }[];
  activities: { id: number; title: string; status: string }[];
}

/** A workplace meeting: date, who attended, each activity's status and decisions, and the minutes. */
export function MeetingForm({ unitId, today, members, activities }: Props) {
  const t = useTranslations('followUp');
  const tAll = useTranslations();
  const [state, action] = useActionState(recordMeetingAction, initialFormState);
  const attended = state.values ? (state.values['attendeeIds[]'] ?? '').split(',').filter(Boolean) : members.map((m) => String(m.personId));
  return (
    <form action={action} noValidate className="space-y-6">
      <input type="hidden" name="unitId" value={unitId} />
      <FormMessage state={state} id="meeting-message" />
      <div className="max-w-xs">
        <TextField name="heldOn" label={t('date')} hint={t('dateHint')} type="date" state={state} defaultValue={today} required />
      </div>
      <div key={state.values?.['attendeeIds[]'] ?? 'all'}>
        <CheckboxGroup name="attendeeIds" legend={t('attendees')} state={state} options={members.map((m) => ({ value: String(m.personId), label: m.name }))} checked={attended} />
      </div>
      {activities.map((a) => (
        <FieldGroup key={a.id} legend={a.title} boxed>
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField name={entryField('status', a.id)} label={`${t('status')}: ${a.title}`} state={state} defaultValue={a.status} options={statusOptions((k) => tAll(k as 'status.activity.done'), t('chooseStatus'))} required />
            <TextField name={entryField('comment', a.id)} label={`${t('comment')}: ${a.title}`} state={state} />
            <TextField name={entryField('nextStep', a.id)} label={`${t('decision')}: ${a.title}`} state={state} />
          </div>
        </FieldGroup>
      ))}
      <TextField name="minutes" label={t('minutes')} state={state} multiline rows={6} />
      <SubmitButton>{t('saveMeeting')}</SubmitButton>
    </form>
  );
}
