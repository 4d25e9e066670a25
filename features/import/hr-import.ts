import 'server-only';
import type { Db } from '@/db/connection';
import { NotFoundError, RuleError } from '@/lib/errors';
import type { Role } from '@/lib/domain/roles';
import { planCounts } from '@/features/import/plan';
import { elevatedRolesOf } from '@/features/import/roles';
import { contentHashOf, runImport, StalePreviewError, type ImportFilesText } from '@/features/import/run';
import type { ImportPlan, RowError } from '@/features/import/types';
import type { ImportUpload } from '@/features/import/upload';
import { ownMunicipality, canImportHr, type Viewer } from '@/lib/permissions';

/** How many rows of each list the page shows; the counts are always complete. */
const LIST_LIMIT = 200;

export interface ImportPreview {
  applied: boolean;
  contentHash: string;
  planHash: string;
  counts: ReturnType<typeof planCounts>;
  /** The administrator's own employment would end: they would lose access with the real run. */
  endsViewer: boolean;
  errors: RowError[];
  units: {
    created: { line: number; code: string; name: string }[];
    changed: { line: number; code: string; name: string; changes: ImportPlan['units']['changed'][number]['changes'] }[];
    moved: { line: number; code: string; name: string; changes: ImportPlan['units']['moved'][number]['changes'] }[];
    closed: { code: string; name: string }[];
  };
  people: {
    created: { line: number; number: string; name: string; unitCode: string; returning: boolean; rolesDropped: Role[] }[];
    changed: { line: number; number: string; name: string; changes: ImportPlan['people']['changed'][number]['changes'] }[];
    moved: { line: number; number: string; name: string; changes: ImportPlan['people']['moved'][number]['changes'] }[];
    ended: { line: number | null; number: string; name: string; endDate: string; rolesLost: Role[] }[];
  };
}

/** The upload's answer to the page. */
export interface HrImportState {
  ok: boolean;
  /** A catalogue key for the whole form. */
  message?: string;
  preview?: ImportPreview;
}

/** The page itself: administrators only; anyone else gets the 404 page. */
export async function requireHrImporter(viewer: Viewer): Promise<void> {
  if (!canImportHr(viewer, ownMunicipality(viewer))) throw new NotFoundError('Sidan');
}

/** What goes to the browser: every count and bad row, the first rows of each list. */
function toPreview(outcome: ReturnType<typeof runImport>, viewer: Viewer): ImportPreview {
  const { plan } = outcome;
  const top = <T>(list: T[]) => list.slice(0, LIST_LIMIT);
  return {
    applied: outcome.applied,
    contentHash: outcome.contentHash,
    planHash: outcome.planHash,
    counts: outcome.counts,
    endsViewer: plan.people.ended.some((p) => p.personId === viewer.personId),
    errors: top(plan.errors),
    units: {
      created: top(plan.units.created).map((u) => ({ line: u.line, code: u.code, name: u.name })),
      changed: top(plan.units.changed).map((u) => ({ line: u.line, code: u.code, name: u.name, changes: u.changes })),
      moved: top(plan.units.moved).map((u) => ({ line: u.line, code: u.code, name: u.name, changes: u.changes })),
      closed: top(plan.units.closed).map((u) => ({ code: u.code, name: u.name })),
    },
    people: {
      created: top(plan.people.created).map((p) => ({ line: p.line, number: p.row.employeeNumber, name: `${p.row.givenName} ${p.row.familyName}`, unitCode: p.row.unitCode, returning: p.returningPersonId !== null, rolesDropped: elevatedRolesOf(p.rolesDropped) })),
      changed: top(plan.people.changed).map((p) => ({ line: p.line, number: p.employeeNumber, name: p.name, changes: p.changes })),
      moved: top(plan.people.moved).map((p) => ({ line: p.line, number: p.employeeNumber, name: p.name, changes: p.changes })),
      ended: top(plan.people.ended).map((p) => ({ line: p.line, number: p.employeeNumber, name: p.name, endDate: p.endDate, rolesLost: p.rolesLost })),
    },
  };
}

/**
 * The page's upload: a dry run ("preview") or the confirmed real run ("apply"), into the
 * administrator's own municipality. The role is checked before `read` is called, so the body of
 * anyone else's upload is never read: a non-administrator is refused on the headers alone.
 */
export async function importHrUpload(db: Db, viewer: Viewer, read: () => Promise<ImportUpload>): Promise<ImportPreview> {
  await requireHrImporter(viewer);
  const { mode, files, contentHash, planHash } = await read();
  if (mode === 'preview') return toPreview(runImport(db, { municipalityId: viewer.municipalityId, actorPersonId: viewer.personId, files, apply: false }), viewer);
  if (!contentHash || !planHash) throw new RuleError('import.stale');
  return applyHrImport(db, viewer, files, { contentHash, planHash });
}

/**
 * The real run, refused unless the uploaded content and the resulting plan are exactly those of
 * the preview the administrator confirmed.
 */
function applyHrImport(db: Db, viewer: Viewer, files: ImportFilesText, confirmed: { contentHash: string; planHash: string }): ImportPreview {
  try {
    // Another file than the one previewed is refused before anything is read; a changed database
    // (the plan hash covers the content too) is refused inside the transaction.
    if (contentHashOf(files) !== confirmed.contentHash) throw new StalePreviewError();
    return toPreview(runImport(db, { municipalityId: viewer.municipalityId, actorPersonId: viewer.personId, files, apply: true, expectedPlanHash: confirmed.planHash }), viewer);
  } catch (err) {
    if (err instanceof StalePreviewError) throw new RuleError('import.stale');
    throw err;
  }
}
