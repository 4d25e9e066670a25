import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { orgUnits, reports } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { parseSnapshot, type ReportSnapshot } from '@/lib/reports/snapshot';
import { requireViewer } from './viewer';

export type ReportStatus = 'draft' | 'submitted' | 'approved';

/**
 * A report as a document to read, print or export: its frozen snapshot. An approved report is a
 * public record, so anyone signed in to the same municipality may read it; a report still in
 * preparation, a report of another municipality or a missing one is "not found" alike.
 */
export async function getReportDocument(rawId: string): Promise<{ id: number; status: ReportStatus; snapshot: ReportSnapshot }> {
  const viewer = await requireViewer();
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(id)) throw new NotFoundError('Rapporten');
  const row = getDb()
    .select({ id: reports.id, status: reports.status, snapshot: reports.snapshot })
    .from(reports)
    .innerJoin(orgUnits, eq(orgUnits.id, reports.orgUnitId))
    .where(and(eq(reports.id, id), eq(orgUnits.municipalityId, viewer.municipalityId)))
    .get();
  if (!row || row.status !== 'approved' || !row.snapshot) throw new NotFoundError('Rapporten');
  try {
    return { id: row.id, status: row.status, snapshot: parseSnapshot(row.snapshot) };
  } catch (err) {
    // A snapshot that does not parse is not shown at all rather than shown in part or as a
    // server error (as on the public results page); the log says which report to repair.
    console.error(`Rapport ${row.id}: ögonblicksbilden kunde inte läsas`, err);
    throw new NotFoundError('Rapporten');
  }
}
