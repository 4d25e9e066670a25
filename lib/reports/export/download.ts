import 'server-only';
import { getMessages } from 'next-intl/server';
import { getReportDocument } from '@/lib/dal/report-read';
import { NotFoundError } from '@/lib/errors';
import { reportCsv } from './csv';
import { reportDocx } from './docx';
import { contentDisposition, exportFileName, type ExportLabels } from './labels';
import { reportPdf } from './pdf';

export type ExportFormat = 'pdf' | 'docx' | 'csv';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

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
export async function reportDownload(rawId: string, format: ExportFormat): Promise<Response> {
  let report;
  try {
    report = await getReportDocument(rawId);
  } catch (err) {
    if (err instanceof NotFoundError) return new Response('Rapporten finns inte eller så saknar du behörighet.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    throw err;
  }
  const labels = await exportLabels();
  const body =
    format === 'pdf' ? await reportPdf(report.snapshot, labels.document) : format === 'docx' ? await reportDocx(report.snapshot, labels.document) : Buffer.from(reportCsv(report.snapshot, labels), 'utf8');
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': contentDisposition(exportFileName(labels, report.snapshot, format)),
      'content-length': String(body.byteLength),
      // Behind a sign-in either way: a shared cache must never keep it.
      'cache-control': report.status === 'approved' ? 'private, max-age=0, must-revalidate' : 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
