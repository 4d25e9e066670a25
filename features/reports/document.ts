import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/connection';
import { reports } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { buildBoardSnapshot, buildCompiledSnapshot } from '@/features/reports/build-snapshot';
import { canReadReport } from '@/features/reports/permissions';
import { parseSnapshot, type ReportSnapshot } from '@/features/reports/snapshot';
import { parseId } from '@/lib/ids';
import { loadReportContext } from './context';
import { requireViewer } from '@/lib/auth/viewer';

export interface ReportDocument {
  id: number;
  status: 'draft' | 'submitted' | 'approved';
  snapshot: ReportSnapshot;
}

/**
 * One report as a document, for the print page and the exports: an approved report is its stored
 * snapshot (the public record, never rebuilt); a report in preparation is built from the live
 * data. A report the viewer may not read is NotFoundError, like a missing one.
 */
export function getReportDocumentWith(db: Db, viewer: Viewer, rawId: string, now = new Date()): ReportDocument {
  const id = parseId(rawId);
  const row = id === null ? undefined : db.select({ id: reports.id, periodId: reports.periodId, orgUnitId: reports.orgUnitId }).from(reports).where(eq(reports.id, id)).get();
  if (!row) throw new NotFoundError('Rapporten');
  // Loading the context checks that period and body belong to the viewer's municipality.
  const ctx = loadReportContext(db, viewer.municipalityId, row.periodId, row.orgUnitId);
  if (!canReadReport(viewer, ctx.scope) || !ctx.report) throw new NotFoundError('Rapporten');
  if (ctx.report.status === 'approved') {
    if (!ctx.report.snapshot) throw new Error(`approved report ${row.id} has no snapshot`);
    try {
      return { id: row.id, status: 'approved', snapshot: parseSnapshot(ctx.report.snapshot) };
    } catch (err) {
      // A stored record that does not parse is not shown at all rather than shown in part.
      console.error(`Rapport ${row.id}: den beslutade ögonblicksbilden kunde inte läsas`, err);
      throw new NotFoundError('Rapporten');
    }
  }
  const snapshot = ctx.scope.kind === 'compiled' ? buildCompiledSnapshot(db, { councilId: ctx.body.id, periodId: ctx.period.id, decision: null, takenAt: now }) : buildBoardSnapshot(db, { boardId: ctx.body.id, periodId: ctx.period.id, decision: null, takenAt: now });
  return { id: row.id, status: ctx.report.status, snapshot };
}

export async function getReportDocument(rawId: string): Promise<{ id: number; status: 'draft' | 'submitted' | 'approved'; snapshot: ReportSnapshot }> {
  const viewer = await requireViewer();
  return getReportDocumentWith(getDb(), viewer, rawId);
}
