'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Heading } from '@/components/ui/heading';
import { Notice } from '@/components/ui/notice';
import type { HrImportState } from '@/features/import/hr-import';
import { HR_IMPORT_UPLOAD_PATH } from '@/features/import/validation';
import { ImportPreviewView } from './import-preview';

const initial: HrImportState = { ok: false };

/** The upload's answer; anything that is not one (a proxy's error page) is a failed import. */
async function post(data: FormData): Promise<HrImportState> {
  try {
    const response = await fetch(HR_IMPORT_UPLOAD_PATH, { method: 'POST', body: data });
    // The session has ended: the server sent the sign-in page.
    if (response.redirected) {
      window.location.assign(response.url);
      return { ok: false };
    }
    if (!response.headers.get('content-type')?.includes('application/json')) return { ok: false, message: response.status === 413 ? 'import.tooLarge' : 'import.failed' };
    return (await response.json()) as HrImportState;
  } catch {
    return { ok: false, message: 'import.failed' };
  }
}

/**
 * Upload, dry run, confirm. The chosen files are kept in the page: the confirmation sends exactly
 * the same content again together with the preview's hashes, and the server refuses the real run
 * if the content or the resulting changes differ from what was shown. The files go to a route of
 * their own (not a server action): the only request allowed a large body.
 */
export function HrImportForm() {
  const t = useTranslations('import');
  const tAll = useTranslations();
  const [state, setState] = useState<HrImportState>(initial);
  const [pending, setPending] = useState(false);
  const [files, setFiles] = useState<{ org: File | null; people: File | null }>({ org: null, people: null });
  const [mode, setMode] = useState<'preview' | 'apply'>('preview');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.preview) headingRef.current?.focus();
  }, [state.preview]);

  async function send(nextMode: 'preview' | 'apply') {
    const data = new FormData();
    data.set('mode', nextMode);
    if (files.org) data.set('org', files.org);
    if (files.people) data.set('people', files.people);
    if (nextMode === 'apply' && state.preview) {
      data.set('contentHash', state.preview.contentHash);
      data.set('planHash', state.preview.planHash);
    }
    setMode(nextMode);
    setPending(true);
    setState(await post(data));
    setPending(false);
  }

  const preview = state.preview;
  const counts = preview?.counts;
  const hasChanges = counts ? Object.entries(counts.units).some(([k, n]) => k !== 'unchanged' && n > 0) || Object.entries(counts.people).some(([k, n]) => k !== 'unchanged' && n > 0) : false;
  const message = state.message;

  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send('preview');
        }}
        aria-describedby="import-message"
        className="mt-6 max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm"
      >
        <p id="import-format" className="text-sm text-slate-700">
          {t('formatHint')}
        </p>
        {(['org', 'people'] as const).map((name) => (
          <FormField key={name} id={`${name}-file`} label={t(name === 'org' ? 'orgFile' : 'peopleFile')}>
            {(control) => <input {...control} name={name} type="file" accept=".csv,text/csv" aria-describedby="import-format" className="mt-1 block w-full" onChange={(e) => setFiles((f) => ({ ...f, [name]: e.target.files?.[0] ?? null }))} />}
          </FormField>
        ))}
        <div id="import-message" aria-live="polite">
          {message ? <Notice tone="error">{tAll(message as 'import.failed')}</Notice> : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending && mode === 'preview' ? t('previewing') : t('preview')}
        </Button>
      </form>

      {preview && counts ? (
        <section aria-labelledby="import-result-heading" className="mt-8">
          <Heading level={2} size="xl" id="import-result-heading" ref={headingRef} tabIndex={-1}>
            {preview.applied ? t('appliedHeading') : t('previewHeading')}
          </Heading>
          <p className="mt-2 max-w-3xl" role="status">
            {preview.applied ? t('appliedNote') : hasChanges ? t('previewNote') : t('noChanges')}
          </p>
          <ImportPreviewView preview={preview} />
          {!preview.applied && hasChanges ? (
            <div className="mt-6 rounded-lg border border-administrative-600 bg-white p-4">
              {counts.errors > 0 ? <p className="mb-3">{t('badRowsSkipped')}</p> : null}
              {preview.endsViewer ? (
                <Notice tone="error" className="mb-3 font-semibold">
                  {t('endsViewer')}
                </Notice>
              ) : null}
              <Button disabled={pending} onClick={() => void send('apply')}>
                {pending && mode === 'apply' ? t('confirming') : t('confirm')}
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
