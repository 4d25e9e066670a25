'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/form-fields';
import { Notice } from '@/components/ui/notice';
import { initialFormState } from '@/lib/actions/form-state';
import { formatDate } from '@/lib/dates/format-date';
import { disposalAction, saveRetentionRuleAction, type DisposalState } from '@/features/privacy/actions';

export function RetentionRuleForm({ years }: { years: number }) {
  const t = useTranslations('retention');
  const [state, action] = useActionState(saveRetentionRuleAction, initialFormState);
  return (
    <form action={action} aria-describedby="regel-message" className="mt-3 max-w-md space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <FormMessage state={state} id="regel-message" />
      <TextField name="talkNoteYears" type="number" label={t('years')} hint={t('yearsHint')} state={state} defaultValue={years} required />
      <SubmitButton>{t('saveRule')}</SubmitButton>
    </form>
  );
}

/**
 * First a dry run that only counts; the button that removes appears after it and names the
 * dry run's cut-off, so what is removed is what the administrator was shown.
 */
export function DisposalForm() {
  const t = useTranslations('retention');
  const locale = useLocale();
  const [state, action] = useActionState<DisposalState, FormData>(disposalAction, initialFormState);
  const r = state.result;
  return (
    <div className="mt-3 max-w-2xl space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <FormMessage state={state} id="gallra-message" />
      <div aria-live="polite" id="gallra-result">
        {r ? (
          <Notice tone={r.dryRun ? 'info' : 'success'}>{r.dryRun ? t('dryRunResult', { notes: r.notes, texts: r.entryTexts, talks: r.talks, cutoff: formatDate(r.cutoffDate, locale) }) : t('runDone', { notes: r.notes, texts: r.entryTexts, cutoff: formatDate(r.cutoffDate, locale) })}</Notice>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <form action={action}>
          <input type="hidden" name="mode" value="dryRun" />
          <SubmitButton variant="secondary">{t('dryRun')}</SubmitButton>
        </form>
        {r?.dryRun && r.notes + r.entryTexts > 0 ? (
          <form action={action}>
            <input type="hidden" name="mode" value="run" />
            <input type="hidden" name="cutoffDate" value={r.cutoffDate} />
            <SubmitButton variant="danger">{t('run', { total: r.notes + r.entryTexts })}</SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
