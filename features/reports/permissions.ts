import { sameMunicipality, type InMunicipality, type Viewer } from '@/lib/permissions';
import type { ReportStatus } from '@/lib/domain/reports';
import type { Role } from '@/lib/domain/roles';

/**
 * Who does what in the twice-yearly report cycle. The data access layer resolves the facts
 * (which body, which administration serves it, the report's status); these rules decide.
 *
 * - A board's report (kind 'board') is prepared by the director of the administration serving
 *   the board (for KS: the kommundirektör, whose office serves it), approved by the board: its
 *   secretary records the decision, or the municipal office's administrator does.
 * - The executive board's compiled report to the council (kind 'compiled') is prepared by the
 *   kommundirektör and approved by KS: the administrator or KS's secretary records it.
 * - An approved report is a public document: everyone signed in reads it. Before approval only
 *   those preparing or approving it read it.
 * - All of it within the report's own municipality: every rule asks that first.
 */
export interface ReportScope extends InMunicipality {
  kind: 'board' | 'compiled';
  /** The board, or for a compiled report the council it is addressed to. */
  bodyId: number;
  /** The administration (or municipal office) serving the board; null for a compiled report. */
  administrationId: number | null;
  /** The executive board (KS), which approves the compiled report. */
  executiveBoardId: number;
  status: ReportStatus;
}

function scoped(viewer: Viewer, role: Role, unitId: number | null): boolean {
  return unitId !== null && viewer.roles.some((r) => r.role === role && r.orgUnitId === unitId);
}
const has = (viewer: Viewer, role: Role) => viewer.roles.some((r) => r.role === role);

/** The official who writes the body's assessments and submits its report. */
export function isPreparer(viewer: Viewer, scope: ReportScope): boolean {
  if (!sameMunicipality(viewer, scope)) return false;
  if (scope.kind === 'compiled') return has(viewer, 'municipal_director');
  return scoped(viewer, 'administration_director', scope.administrationId) || scoped(viewer, 'municipal_director', scope.administrationId);
}

/** The one who records the approving body's decision. */
function isApprover(viewer: Viewer, scope: ReportScope): boolean {
  if (!sameMunicipality(viewer, scope)) return false;
  if (has(viewer, 'administrator')) return true;
  return scoped(viewer, 'board_secretary', scope.kind === 'compiled' ? scope.executiveBoardId : scope.bodyId);
}

export function canReadReport(viewer: Viewer, scope: ReportScope): boolean {
  // Approved reports are public, but another municipality's are read on its public pages, not here.
  if (!sameMunicipality(viewer, scope)) return false;
  if (scope.status === 'approved') return true;
  if (isPreparer(viewer, scope) || isApprover(viewer, scope) || has(viewer, 'municipal_director')) return true;
  const body = scope.kind === 'compiled' ? scope.executiveBoardId : scope.bodyId;
  return scoped(viewer, 'board_member', body) || scoped(viewer, 'board_secretary', body);
}

/** The body's own assessments (and, for a board, its administration's) are written while the report is a draft. */
export function canWriteBodyAssessments(viewer: Viewer, scope: ReportScope): boolean {
  return scope.status === 'draft' && isPreparer(viewer, scope);
}

/**
 * A unit manager writes the unit's assessment while the board's report is a draft: after the
 * unit's deadline it is marked late, but still taken until the administration has submitted.
 */
export function canWriteUnitAssessment(viewer: Viewer, unit: InMunicipality & { unitId: number }, reportStatus: ReportStatus): boolean {
  return sameMunicipality(viewer, unit) && reportStatus === 'draft' && scoped(viewer, 'unit_manager', unit.unitId);
}

export function canSubmitReport(viewer: Viewer, scope: ReportScope): boolean {
  return scope.status === 'draft' && isPreparer(viewer, scope);
}

/** Before approval the preparer may take a submitted report back to draft, with a comment. */
export function canReturnReport(viewer: Viewer, scope: ReportScope): boolean {
  return scope.status === 'submitted' && isPreparer(viewer, scope);
}

export function canApproveReport(viewer: Viewer, scope: ReportScope): boolean {
  return scope.status === 'submitted' && isApprover(viewer, scope);
}
