import { RuleError } from '@/lib/errors';
import { hrImportSchema, MAX_IMPORT_BODY_BYTES, MAX_IMPORT_FILE_BYTES, type HrImportInput } from '@/features/import/validation';
import type { ImportFilesText } from './run';

export interface ImportUpload extends HrImportInput {
  files: ImportFilesText;
}

/** The body, cut off with an error as soon as it passes `maxBytes`: never more is held. */
function capped(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  let received = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) controller.error(new RuleError('import.tooLarge'));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** An empty file field sends a nameless empty file: that is "no file", not an empty one. */
async function fileText(value: FormDataEntryValue | null): Promise<string | null> {
  if (value === null || typeof value === 'string') return null;
  if (value.size === 0 && value.name === '') return null;
  if (value.size > MAX_IMPORT_FILE_BYTES) throw new RuleError('import.tooLarge');
  return value.text();
}

/**
 * The import form as the page posts it (multipart: mode, the preview's hashes, the two files).
 * A declared length above the limit is refused before a byte is read; a body without one (or
 * lying about it) is cut off where it passes the limit. Call it only once the caller is known to
 * be allowed: it reads the body.
 */
export async function readImportUpload(request: Request, maxBytes = MAX_IMPORT_BODY_BYTES): Promise<ImportUpload> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new RuleError('import.tooLarge');
  const type = request.headers.get('content-type') ?? '';
  if (!request.body || !type.startsWith('multipart/form-data')) throw new RuleError('form.invalid');
  let form: FormData;
  try {
    form = await new Response(capped(request.body, maxBytes), { headers: { 'content-type': type } }).formData();
  } catch (err) {
    if (err instanceof RuleError) throw err;
    throw new RuleError('form.invalid');
  }
  const parsed = hrImportSchema.safeParse({
    mode: form.get('mode'),
    contentHash: form.get('contentHash') || undefined,
    planHash: form.get('planHash') || undefined,
  });
  if (!parsed.success) throw new RuleError('form.invalid');
  const files = { org: await fileText(form.get('org')), people: await fileText(form.get('people')) };
  if (files.org === null && files.people === null) throw new RuleError('import.noFile');
  return { ...parsed.data, files };
}
