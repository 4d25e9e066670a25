import { sql } from 'drizzle-orm';

/**
 * The plan in force for a unit and year: its newest approved version. Only its activities count
 * for the goals, on every page, dashboard, report and export. A draft or submitted version,
 * a first one or a new version of an approved plan, is the unit's own work until it is approved.
 * `alias` names the action_plans row in the query at hand; the lookup of a newer approved version
 * uses the unique index on (unit, year, version).
 */
export function planInForceSql(alias: string): string {
  return `(${alias}.status = 'approved' AND NOT EXISTS (SELECT 1 FROM action_plans newer WHERE newer.unit_id = ${alias}.unit_id AND newer.plan_year_id = ${alias}.plan_year_id AND newer.status = 'approved' AND newer.version > ${alias}.version))`;
}

/** The same condition for drizzle's query builder, over the action_plans table itself. */
export const planInForce = sql.raw(planInForceSql('"action_plans"'));
