'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { applyHrImport, previewHrImport, type ImportPreview } from '@/lib/dal/hr-import';
import { isUserFacing } from '@/lib/errors';
import { hrImportSchema, MAX_IMPORT_FILE_BYTES } from '@/lib/validation/hr-import';

export interface HrImportState {
  ok: boolean;
  /** A catalogue key for the whole form. */
  message?: string;
  preview?: ImportPreview;
}

class FileTooLarge extends Error {}

/** An empty file field sends a nameless empty file: that is "no file", not an empty one. */
async function fileText(value: FormDataEntryValue | null): Promise<string | null> {
  if (value === null || typeof value === 'string') return null;
  if (value.size === 0 && value.name === '') return null;
  if (value.size > MAX_IMPORT_FILE_BYTES) throw new FileTooLarge();
  return value.text();
}

/**
 * The import form's one action: a dry run ("preview") or the confirmed real run ("apply"). Files
 * do not fit the text-only form wrapper, so the same steps are taken here: the form's zod schema,
 * the administrator check in the data access layer, expected errors as messages.
 */
export async function hrImportAction(_previous: HrImportState, formData: FormData): Promise<HrImportState> {
  const parsed = hrImportSchema.safeParse({
    mode: formData.get('mode'),
    contentHash: formData.get('contentHash') || undefined,
    planHash: formData.get('planHash') || undefined,
  });
  if (!parsed.success) return { ok: false, message: 'form.invalid' };
  try {
    const files = { org: await fileText(formData.get('org')), people: await fileText(formData.get('people')) };
    if (files.org === null && files.people === null) return { ok: false, message: 'import.noFile' };
    const { mode, contentHash, planHash } = parsed.data;
    if (mode === 'preview') return { ok: true, preview: await previewHrImport(files) };
    if (!contentHash || !planHash) return { ok: false, message: 'import.stale' };
    const preview = await applyHrImport(files, { contentHash, planHash });
    revalidatePath('/organisation');
    return { ok: true, preview };
  } catch (err) {
    unstable_rethrow(err);
    if (err instanceof FileTooLarge) return { ok: false, message: 'import.tooLarge' };
    if (isUserFacing(err)) return { ok: false, message: err.messageKey };
    console.error('Oväntat fel i HR-importen', err);
    return { ok: false, message: 'import.failed' };
  }
}
