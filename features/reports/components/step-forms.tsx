'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { approveReportAction, returnReportAction, submitReportAction } from '@/features/reports/actions';

interface Step {
  periodId: number;
  bodyId: number;
}

const Hidden = ({ periodId, bodyId }: Step) => (
  <>
    <input type="hidden" name="periodId" value={periodId} />
    <input type="hidden" name="bodyId" value={bodyId} />
  </>
);

export function SubmitReportForm(props: Step) {
  const t = useTranslations('reports.form');
  const [state, action] = useActionState(submitReportAction, initialFormState);
  return (
    <form action={action} className="mt-2 space-y-2">
      <Hidden {...props} />
      <FormMessage state={state} id="submit-message" />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}

export function ReturnReportForm(props: Step) {
  const t = useTranslations('reports.form');
  const [state, action] = useActionState(returnReportAction, initialFormState);
  return (
    <form action={action} noValidate className="mt-2 space-y-3">
      <Hidden {...props} />
      <FormMessage state={state} id="return-message" />
      <TextField name="comment" label={t('comment')} state={state} multiline rows={3} required />
      <SubmitButton variant="secondary">{t('return')}</SubmitButton>
    </form>
  );
}

export function ApproveReportForm({ defaultTitle, today, ...props }: Step & { defaultTitle: string; today: string }) {
  const t = useTranslations('reports.form');
  const [state, action] = useActionState(approveReportAction, initialFormState);
  return (
    <form action={action} noValidate className="mt-2 space-y-3">
      <Hidden {...props} />
      <FormMessage state={state} id="approve-message" />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="decidedOn" label={t('decidedOn')} hint={t('decidedOnHint')} type="date" state={state} defaultValue={today} required />
        <TextField name="paragraph" label={t('paragraph')} hint={t('paragraphHint')} state={state} required />
      </div>
      <TextField name="title" label={t('decisionTitle')} state={state} defaultValue={defaultTitle} required />
      <SubmitButton>{t('approve')}</SubmitButton>
    </form>
  );
}
