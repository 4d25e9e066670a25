import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { planYears } from '@/db/schema';

/** The plan year people work in now: the latest open one of the municipality. */
export function currentPlanYear(db: Db, municipalityId: number) {
  return db
    .select({ id: planYears.id, year: planYears.year })
    .from(planYears)
    .where(and(eq(planYears.municipalityId, municipalityId), eq(planYears.status, 'open')))
    .orderBy(desc(planYears.year))
    .get();
}
