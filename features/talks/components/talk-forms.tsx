'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldGroup } from '@/components/ui/form-field';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
import { confirmTalkAction, correctTalkAction, prepareTalkAction, recordTalkAction } from '@/features/talks/actions';
import { entryField } from '@/features/follow-ups/entries';
import { statusOptions } from '@/features/follow-ups/status-options';

interface ActivityRow {
  id: number;
  title: string;
  selfStatus: string | null;
  selfComment: string | null;
  status: string | null;
  comment: string | null;
  nextStep: string | null;
}

function Hidden({ talkId, revision }: { talkId: number; revision: number }) {
  return (
    <>
      <input type="hidden" name="talkId" value={talkId} />
      <input type="hidden" name="revision" value={revision} />
    </>
  );
}

/** The employee's preparation: their own view of each activity, and notes for the talk. */
export function PreparationForm({ talkId, revision, activities }: { talkId: number; revision: number; activities: ActivityRow[] }) {
  const t = useTranslations('followUp');
  const tAll = useTranslations();
  const [state, action] = useActionState(prepareTalkAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-4">
      <Hidden talkId={talkId} revision={revision} />
      <FormMessage state={state} id="prepare-message" />
      {activities.map((a) => (
        <FieldGroup key={a.id} legend={a.title} boxed>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField name={entryField('selfStatus', a.id)} label={`${t('selfStatus')}: ${a.title}`} state={state} defaultValue={a.selfStatus} options={statusOptions((k) => tAll(k as 'status.activity.done'), t('chooseStatus'))} />
            <TextField name={entryField('selfComment', a.id)} label={`${t('selfComment')}: ${a.title}`} state={state} defaultValue={a.selfComment} />
          </div>
        </FieldGroup>
      ))}
      <TextField name="notes" label={t('prepareNotes')} state={state} multiline />
      <SubmitButton>{t('savePreparation')}</SubmitButton>
    </form>
  );
}

/** The manager's record of the talk: agreed status and next step per activity, notes, and for a salary talk the assessment. */
export function RecordForm({ talkId, revision, activities, isSalaryTalk }: { talkId: number; revision: number; activities: ActivityRow[]; isSalaryTalk: boolean }) {
  const t = useTranslations('followUp');
  const tAll = useTranslations();
  const [state, action] = useActionState(recordTalkAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-4">
      <Hidden talkId={talkId} revision={revision} />
      <FormMessage state={state} id="record-message" />
      {activities.map((a) => (
        <FieldGroup key={a.id} legend={a.title} boxed>
          {a.selfStatus ? (
            <p className="mb-2 text-sm">
              {t('selfStatus')}: {tAll(`status.activity.${a.selfStatus}` as 'status.activity.done')}
              {a.selfComment ? ` – ${a.selfComment}` : ''}
            </p>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField name={entryField('status', a.id)} label={`${t('agreedStatus')}: ${a.title}`} state={state} defaultValue={a.status ?? a.selfStatus} options={statusOptions((k) => tAll(k as 'status.activity.done'), t('chooseStatus'))} required />
            <TextField name={entryField('nextStep', a.id)} label={`${t('nextStep')}: ${a.title}`} state={state} defaultValue={a.nextStep} />
            <TextField name={entryField('comment', a.id)} label={`${t('comment')}: ${a.title}`} state={state} defaultValue={a.comment} />
          </div>
        </FieldGroup>
      ))}
      {isSalaryTalk ? <TextField name="salaryAssessment" label={t('salaryAssessment')} hint={t('salaryAssessmentHint')} state={state} multiline required /> : null}
      <TextField name="notes" label={t('talkNotes')} state={state} multiline />
      <SubmitButton>{t('saveRecord')}</SubmitButton>
    </form>
  );
}

export function ConfirmTalkForm({ talkId, revision }: { talkId: number; revision: number }) {
  const t = useTranslations('followUp');
  return <TalkStepForm action={confirmTalkAction} talkId={talkId} revision={revision} id="confirm-talk-message" label={t('confirm')} />;
}

/** Corrects a confirmed talk: a new talk that refers to this one, which stays as it was. */
export function CorrectTalkForm({ talkId, revision }: { talkId: number; revision: number }) {
  const t = useTranslations('followUp');
  return <TalkStepForm action={correctTalkAction} talkId={talkId} revision={revision} id="correct-talk-message" label={t('correct')} variant="secondary" />;
}

/** One step in a talk's life: a button with the talk's revision, and the answer announced above it. */
function TalkStepForm({ action, talkId, revision, id, label, variant }: { action: (state: FormState, data: FormData) => Promise<FormState>; talkId: number; revision: number; id: string; label: string; variant?: 'secondary' }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <Hidden talkId={talkId} revision={revision} />
      <FormMessage state={state} id={id} />
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
