import 'server-only';
import { getLocale, getMessages } from 'next-intl/server';
import type { Db } from '@/db/connection';
import { getReportDocument } from '@/features/reports/queries';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { reportCsv } from './csv';
import { reportDocx } from './docx';
import { contentDisposition, exportFileName, type ExportLabels } from './labels';
import { reportPdf } from './pdf';

type ExportFormat = 'pdf' | 'docx' | 'csv';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Files already made for approved reports. An approved snapshot never changes, so the file made
 * for the first reader serves every later one of the same language (a council agenda is
 * downloaded by many at once); the pending render is shared too. Bounded: the oldest entry goes first.
 */
const rendered = new Map<string, Promise<Buffer>>();
const RENDERED_MAX = 24;

function renderOnce(key: string | null, render: () => Promise<Buffer>): Promise<Buffer> {
  if (key === null) return render();
  const hit = rendered.get(key);
  if (hit) return hit;
  const pending = render();
  rendered.set(key, pending);
  pending.catch(() => rendered.delete(key));
  while (rendered.size > RENDERED_MAX) rendered.delete(rendered.keys().next().value!);
  return pending;
}

/** The exports' texts from the request's catalogue, handed to the pure renderers. */
export async function exportLabels(): Promise<ExportLabels> {
  const messages = (await getMessages()) as unknown as { reportExports: ExportLabels };
  return messages.reportExports;
}

/**
 * One report as a downloaded file. Access is decided by the data access layer (getReportDocument);
 * a report the viewer may not read answers 404 like a missing one. Only an approved report is
 * final, so anything else is never stored by a cache.
 */
export async function reportDownload(db: Db, viewer: Viewer, rawId: string, format: ExportFormat): Promise<Response> {
  let report;
  try {
    report = await getReportDocument(db, viewer, rawId);
  } catch (err) {
    if (err instanceof NotFoundError) return new Response('Rapporten finns inte eller så saknar du behörighet.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    throw err;
  }
  const [labels, locale] = await Promise.all([exportLabels(), getLocale()]);
  const { snapshot } = report;
  // The file's texts are in the reader's language, so the language is part of the key.
  const key = report.status === 'approved' ? `${report.id}:${snapshot.takenAt}:${format}:${locale}` : null;
  const body = await renderOnce(key, async () => (format === 'pdf' ? reportPdf(snapshot, labels.document, locale) : format === 'docx' ? reportDocx(snapshot, labels.document, locale) : Buffer.from(reportCsv(snapshot, labels), 'utf8')));
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': contentDisposition(exportFileName(labels, snapshot, format)),
      'content-length': String(body.byteLength),
      // Behind a sign-in either way: a shared cache must never keep it.
      'cache-control': report.status === 'approved' ? 'private, max-age=0, must-revalidate' : 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
