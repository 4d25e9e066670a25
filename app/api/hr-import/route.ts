import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db';
import { importHrUpload, type HrImportState } from '@/features/import/hr-import';
import { requireViewer } from '@/lib/auth/viewer';
import { isUserFacing, NotFoundError } from '@/lib/errors';
import { readImportUpload } from '@/features/import/upload';
import { isCrossSitePost } from '@/lib/security/same-origin';

const answer = (state: HrImportState, status: number) => Response.json(state, { status, headers: { 'cache-control': 'no-store' } });

/**
 * The import page's upload. A route of its own rather than a server action: it is the one request
 * that may carry tens of megabytes, and it must know who is asking before it reads them. Server
 * actions get their whole body read by Next first (and the proxy's body copy too), so this path
 * is left out of proxy.ts and checks the site itself; the data access layer checks the role and
 * only then lets the body be read (HR_IMPORT_UPLOAD_PATH, docs/operations.md).
 */
export async function POST(request: Request): Promise<Response> {
  if (isCrossSitePost(request.method, request.headers)) return new Response('Förfrågan nekades.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  try {
    const preview = await importHrUpload(getDb(), await requireViewer(), () => readImportUpload(request));
    if (preview.applied) revalidatePath('/organisation');
    return answer({ ok: true, preview }, 200);
  } catch (err) {
    // Without a session: the sign-in page, as for every page.
    unstable_rethrow(err);
    if (err instanceof NotFoundError) return answer({ ok: false, message: err.messageKey }, 404);
    if (isUserFacing(err)) return answer({ ok: false, message: err.messageKey }, err.messageKey === 'import.tooLarge' ? 413 : 400);
    console.error('Oväntat fel i HR-importen', err);
    return answer({ ok: false, message: 'import.failed' }, 500);
  }
}
