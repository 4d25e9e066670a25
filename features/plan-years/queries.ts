import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { planYears } from '@/db/schema';
import { ownMunicipality, canManagePlanYears, type Viewer } from '@/lib/permissions';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import { nextPlanYear } from '@/features/plan-years/rollover';

/** The municipality's plan years with a few counts; anyone may read them, only the office changes them. */
export async function getPlanYearOverview(db: Db, viewer: Viewer) {
  const years = db
    .select({
      id: planYears.id,
      year: planYears.year,
      status: planYears.status,
      goals: sql<number>`(SELECT count(*) FROM goals g WHERE g.plan_year_id = ${planYears.id})`,
      drafts: sql<number>`(SELECT count(*) FROM goals g WHERE g.plan_year_id = ${planYears.id} AND g.status = 'draft')`,
      plans: sql<number>`(SELECT count(*) FROM action_plans p WHERE p.plan_year_id = ${planYears.id} AND p.is_current = 1)`,
      periods: sql<number>`(SELECT count(*) FROM follow_up_periods f WHERE f.plan_year_id = ${planYears.id})`,
    })
    .from(planYears)
    .where(eq(planYears.municipalityId, viewer.municipalityId))
    .orderBy(desc(planYears.year))
    .all();
  return { years, nextYear: nextPlanYear(years[0]?.year, todayInStockholm()), canManage: canManagePlanYears(viewer, ownMunicipality(viewer)) };
}
