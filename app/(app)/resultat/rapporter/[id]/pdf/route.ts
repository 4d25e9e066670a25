import { reportDownload } from '@/features/reports/export/download';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';

// The renderers use Node's Buffer and zlib.
export const runtime = 'nodejs';

/** The approved report as PDF; access is checked in the data access layer. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return reportDownload(getDb(), await requireViewer(), (await params).id, 'pdf');
}
