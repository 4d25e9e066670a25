'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { initialFormState } from '@/lib/actions/form-state';
import type { KoladaFetchState } from '@/features/kolada/fetch-state';
import { fetchFromKoladaAction } from '@/features/kolada/actions';

function FetchButton() {
  const { pending } = useFormStatus();
  const t = useTranslations('kolada');
  return (
    <Button type="submit" disabled={pending}>
      {pending ? t('fetching') : t('fetch')}
    </Button>
  );
}

/** The administrator's button; the outcome (or why it failed) is announced. */
export function KoladaFetchForm() {
  const t = useTranslations();
  const [state, action] = useActionState(fetchFromKoladaAction, initialFormState);
  const { params } = state as KoladaFetchState;
  return (
    <form action={action} aria-describedby="kolada-message" className="mt-4 flex flex-col items-start gap-3">
      <FetchButton />
      <div id="kolada-message" role="status" aria-live="polite">
        {state.message ? <Notice tone={state.ok ? 'success' : 'error'}>{t(state.message as 'kolada.result.ok', params as { kpis: number; stored: number; removed: number })}</Notice> : null}
      </div>
    </form>
  );
}
