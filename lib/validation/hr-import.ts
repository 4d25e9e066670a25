import { z } from 'zod';

/** The largest file the import page accepts; 50,000 employees make about 5 MB. */
export const MAX_IMPORT_FILE_BYTES = 25 * 1024 * 1024;

/** The form's own fields; the two files are read from the form data beside them. */
export const hrImportSchema = z.object({
  mode: z.enum(['preview', 'apply']),
  /** For "apply": the hashes the preview returned, so the run imports exactly what was shown. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  planHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type HrImportInput = z.infer<typeof hrImportSchema>;
