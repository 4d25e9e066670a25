'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { initialFormState } from '@/lib/actions/form-state';
import type { KoladaFetchState } from '@/features/kolada/fetch-state';
import { fetchFromKoladaAction } from '@/features/kolada/actions';

function FetchButton() {
  const { pending } = useFormStatus();
  const t = useTranslations('kolada');
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800 disabled:opacity-70">
      {pending ? t('fetching') : t('fetch')}
    </button>
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
        {state.message ? (
          <p className={`rounded-md border px-3 py-2 ${state.ok ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'}`}>
            {t(state.message as 'kolada.result.ok', params as { kpis: number; stored: number; removed: number })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
