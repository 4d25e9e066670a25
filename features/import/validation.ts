import { z } from 'zod';

/** The largest file the import page accepts; 50,000 employees make about 5 MB. */
export const MAX_IMPORT_FILE_BYTES = 25 * 1024 * 1024;

/**
 * Where the import page sends its files. The only path that takes a body above the server's
 * 1 MB: the production server (server/serve.ts) gives it the larger limit, and proxy.ts leaves
 * it out so that Next does not receive the body before the handler has checked the role.
 */
export const HR_IMPORT_UPLOAD_PATH = '/api/hr-import';

/** The upload's whole body: both files at their largest, and the form's fields and boundaries. */
export const MAX_IMPORT_BODY_BYTES = 2 * MAX_IMPORT_FILE_BYTES + 64 * 1024;

/** The form's own fields; the two files are read from the form data beside them. */
export const hrImportSchema = z.object({
  mode: z.enum(['preview', 'apply']),
  /** For "apply": the hashes the preview returned, so the run imports exactly what was shown. */
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  planHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type HrImportInput = z.infer<typeof hrImportSchema>;
