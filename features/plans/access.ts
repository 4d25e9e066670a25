import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, employments, orgUnits, planYears } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { canDecidePlan, canWritePlan, type Viewer } from '@/lib/permissions';
import { canStartNewVersion, isEditable } from '@/features/plans/status';
import { unitChain } from '@/features/organisation/scope';

/** A transaction handle or the connection itself: both read and write the same way. */
export type DbLike = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

/**
 * One plan version, if it belongs to the viewer's municipality. Plans are public documents, so
 * anyone signed in there may read it; whether they may change it is `planRights`.
 */
export function loadPlan(db: DbLike, viewer: Viewer, planId: number) {
  const row = db
    .select({ plan: actionPlans, unitName: orgUnits.name, year: planYears.year, yearStatus: planYears.status, municipalityId: orgUnits.municipalityId })
    .from(actionPlans)
    .innerJoin(orgUnits, eq(orgUnits.id, actionPlans.unitId))
    .innerJoin(planYears, eq(planYears.id, actionPlans.planYearId))
    .where(eq(actionPlans.id, planId))
    .get();
  if (!row || row.municipalityId !== viewer.municipalityId) throw new NotFoundError('Handlingsplanen');
  return { ...row.plan, municipalityId: row.municipalityId, unitName: row.unitName, year: row.year, yearClosed: row.yearStatus === 'closed' };
}

export type LoadedPlan = ReturnType<typeof loadPlan>;

/** What the viewer may do with this version now; the pages show exactly these controls, the writes re-check them. */
export function planRights(db: Db, viewer: Viewer, plan: Pick<LoadedPlan, 'unitId' | 'municipalityId' | 'status' | 'isCurrent'>) {
  const write = canWritePlan(viewer, plan);
  const [self, ...above] = unitChain(db, plan.unitId);
  const decide = self ? canDecidePlan(viewer, { municipalityId: plan.municipalityId, unit: self, chainAbove: above }) : false;
  return {
    canWrite: write,
    canEdit: write && isEditable(plan),
    canSubmit: write && isEditable(plan),
    isDecider: decide,
    canDecide: decide && plan.isCurrent && plan.status === 'submitted',
    canStartNewVersion: write && canStartNewVersion(plan),
  };
}

/** The people who may own an activity of the unit: those employed in it now. */
export function unitStaff(db: DbLike, unitId: number) {
  return db
    .select({ personId: employments.personId })
    .from(employments)
    .where(and(eq(employments.unitId, unitId), isNull(employments.endDate)))
    .all()
    .map((r) => r.personId);
}
