import 'server-only';
import { talkAggregatesForActivities } from '@/features/talks/aggregates';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, activities, activityGoals, employments, goals, indicators, orgUnits, people, planEvents } from '@/db/schema';
import type { PlanStatus } from '@/lib/domain/plans';
import { NotFoundError } from '@/lib/errors';
import { canWritePlan, type Viewer } from '@/lib/permissions';
import { goalChainUpwards } from '@/features/goals/details';
import { goalIdsOfUnitChain, unitFacts } from '@/features/organisation/scope';
import { currentPlanYear } from '@/features/plan-years/current';
import { parseId } from '@/lib/ids';
import { loadPlan, planRights, type LoadedPlan } from './access';

const fullName = (given: string | null, family: string | null) => (given ? `${given} ${family ?? ''}`.trim() : null);

/** The activities of one plan version with their owners and goals: one query each, bounded by the plan. */
function planActivities(db: Db, planId: number) {
  const rows = db.select({ a: activities, ownerGiven: people.givenName, ownerFamily: people.familyName }).from(activities).leftJoin(people, eq(people.id, activities.ownerPersonId)).where(eq(activities.planId, planId)).orderBy(asc(activities.sortOrder), asc(activities.id)).all();
  const links = rows.length
    ? db
        .select({ activityId: activityGoals.activityId, goalId: goals.id, code: goals.code, title: goals.title })
        .from(activityGoals)
        .innerJoin(goals, eq(goals.id, activityGoals.goalId))
        .where(
          inArray(
            activityGoals.activityId,
            rows.map((r) => r.a.id),
          ),
        )
        .orderBy(asc(goals.code))
        .all()
    : [];
  return rows.map((r) => ({
    ...r.a,
    ownerName: fullName(r.ownerGiven, r.ownerFamily),
    goals: links.filter((l) => l.activityId === r.a.id).map((l) => ({ id: l.goalId, code: l.code, title: l.title })),
  }));
}

/** What the activity form offers: the unit's staff, the goals of its chain, and the indicators above them. */
function activityFormOptions(db: Db, plan: LoadedPlan) {
  const owners = db
    .select({ id: people.id, given: people.givenName, family: people.familyName, title: employments.title })
    .from(employments)
    .innerJoin(people, eq(people.id, employments.personId))
    .where(and(eq(employments.unitId, plan.unitId), isNull(employments.endDate)))
    .orderBy(asc(people.familyName), asc(people.givenName))
    .all()
    .map((p) => ({ id: p.id, name: `${p.given} ${p.family}`, title: p.title }));
  const goalIds = goalIdsOfUnitChain(db, plan.unitId, plan.planYearId);
  const goalRows = goalIds.length ? db.select({ id: goals.id, code: goals.code, title: goals.title, level: goals.level }).from(goals).where(inArray(goals.id, goalIds)).orderBy(asc(goals.level), asc(goals.code)).all() : [];
  const chain = [...goalChainUpwards(db, goalIds).keys()];
  const indicatorRows = chain.length ? db.select({ id: indicators.id, name: indicators.name, code: goals.code }).from(indicators).innerJoin(goals, eq(goals.id, indicators.goalId)).where(inArray(indicators.goalId, chain)).orderBy(asc(goals.code), asc(indicators.sortOrder)).all() : [];
  return { owners, goals: goalRows, indicators: indicatorRows };
}

export type ActivityFormOptions = ReturnType<typeof activityFormOptions>;

/** Every version of the unit's plan for the year, and their shared history with who did what. */
function versionsAndTrail(db: Db, plan: LoadedPlan) {
  const versions = db
    .select({ id: actionPlans.id, version: actionPlans.version, status: actionPlans.status, isCurrent: actionPlans.isCurrent, updatedAt: actionPlans.updatedAt })
    .from(actionPlans)
    .where(and(eq(actionPlans.unitId, plan.unitId), eq(actionPlans.planYearId, plan.planYearId)))
    .orderBy(asc(actionPlans.version))
    .all();
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));
  const trail = db
    .select({ id: planEvents.id, planId: planEvents.planId, at: planEvents.at, kind: planEvents.kind, comment: planEvents.comment, detail: planEvents.detail, given: people.givenName, family: people.familyName })
    .from(planEvents)
    .leftJoin(people, eq(people.id, planEvents.actorPersonId))
    .where(
      inArray(
        planEvents.planId,
        versions.map((v) => v.id),
      ),
    )
    .orderBy(asc(planEvents.at), asc(planEvents.id))
    .limit(500)
    .all()
    .map((e) => ({ id: e.id, version: versionOf.get(e.planId) ?? 0, at: e.at, kind: e.kind, comment: e.comment, actorName: fullName(e.given, e.family), changedFields: changedFields(e.detail) }));
  return { versions, trail };
}

function changedFields(detail: string | null): string[] {
  if (!detail) return [];
  try {
    const parsed = JSON.parse(detail) as { changes?: { field: string }[] };
    return parsed.changes?.map((c) => c.field) ?? [];
  } catch {
    return [];
  }
}

function withTalkFigures<T extends { id: number }>(db: Db, viewer: Viewer, rows: T[], year: number) {
  const figures = talkAggregatesForActivities(db, viewer, { activityIds: rows.map((r) => r.id), year });
  return rows.map((r) => ({ ...r, talks: figures.get(r.id) ?? null }));
}

/** One plan version as its page shows it; readable by anyone signed in in the municipality. */
export async function getPlanPage(db: Db, viewer: Viewer, rawId: string) {
  const planId = parseId(rawId);
  if (planId === null) throw new NotFoundError('Handlingsplanen');
  const plan = loadPlan(db, viewer, planId);
  const rights = planRights(db, viewer, plan);
  const person = (id: number | null) => (id ? (db.select({ given: people.givenName, family: people.familyName }).from(people).where(eq(people.id, id)).get() ?? null) : null);
  const creator = person(plan.createdByPersonId);
  const decider = person(plan.decidedByPersonId);
  return {
    plan: {
      id: plan.id,
      unitName: plan.unitName,
      year: plan.year,
      version: plan.version,
      status: plan.status,
      isCurrent: plan.isCurrent,
      revision: plan.revision,
      submittedAt: plan.submittedAt,
      decidedAt: plan.decidedAt,
      decisionComment: plan.decisionComment,
      createdByName: creator ? fullName(creator.given, creator.family) : null,
      decidedByName: decider ? fullName(decider.given, decider.family) : null,
    },
    rights,
    // What the talks said about each activity, as counts only and never for fewer than six people.
    activities: withTalkFigures(db, viewer, planActivities(db, plan.id), plan.year),
    options: rights.canEdit ? activityFormOptions(db, plan) : null,
    ...versionsAndTrail(db, plan),
  };
}

/** The edit form of one activity: only for the plan's writer while the plan is editable; anyone else gets 404. */
export async function getActivityEditPage(db: Db, viewer: Viewer, raw: { planId: string; activityId: string }) {
  const planId = parseId(raw.planId);
  if (planId === null) throw new NotFoundError('Handlingsplanen');
  const plan = loadPlan(db, viewer, planId);
  if (!planRights(db, viewer, plan).canEdit) throw new NotFoundError('Aktiviteten');
  const activityId = parseId(raw.activityId);
  const activity = planActivities(db, plan.id).find((a) => a.id === activityId);
  if (!activity) throw new NotFoundError('Aktiviteten');
  return { plan: { id: plan.id, unitName: plan.unitName, year: plan.year, version: plan.version, revision: plan.revision }, activity, options: activityFormOptions(db, plan) };
}

const DECISIONS_PAGE_SIZE = 50;

interface PlanListRow {
  id: number | null;
  unitId: number;
  unitName: string;
  version: number | null;
  status: PlanStatus | null;
  submittedAt: Date | null;
}

/** The units the viewer writes plans for (their role scopes), with the current year's current plan if any. */
function ownPlans(db: Db, viewer: Viewer, planYearId: number): PlanListRow[] {
  const unitIds = [...new Set(viewer.roles.filter((r) => r.orgUnitId !== null && canWritePlan(viewer, unitFacts(db, r.orgUnitId))).map((r) => r.orgUnitId as number))];
  if (unitIds.length === 0) return [];
  const units = db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, unitIds)).orderBy(asc(orgUnits.name)).all();
  const plans = db
    .select({ id: actionPlans.id, unitId: actionPlans.unitId, version: actionPlans.version, status: actionPlans.status, submittedAt: actionPlans.submittedAt })
    .from(actionPlans)
    .where(and(inArray(actionPlans.unitId, unitIds), eq(actionPlans.planYearId, planYearId), eq(actionPlans.isCurrent, true)))
    .all();
  return units.map((u) => {
    const p = plans.find((x) => x.unitId === u.id);
    return { id: p?.id ?? null, unitId: u.id, unitName: u.name, version: p?.version ?? null, status: p?.status ?? null, submittedAt: p?.submittedAt ?? null };
  });
}

/**
 * The units whose plans the viewer decides, as a recursive CTE `decided(id)`, with its arguments:
 * everything below an administration they direct; for the kommundirektör the administrations
 * themselves and the municipal office's own units, not the units inside other administrations
 * (the same rule as canDecidePlan).
 */
function decidedUnitsCte(viewer: Viewer): { cte: string; args: number[] } | null {
  const scopesOf = (role: string) => viewer.roles.filter((r) => r.role === role && r.orgUnitId !== null).map((r) => r.orgUnitId as number);
  const directs = scopesOf('administration_director');
  const office = scopesOf('municipal_director');
  if (directs.length === 0 && office.length === 0) return null;
  const list = (ids: number[]) => (ids.length ? ids.map(() => '?').join(',') : 'NULL');
  const cte = `WITH RECURSIVE below(id, depth) AS (
      SELECT id, 1 FROM org_units WHERE parent_id IN (${list(directs)})
      UNION ALL SELECT o.id, below.depth + 1 FROM org_units o JOIN below ON o.parent_id = below.id WHERE below.depth < 12),
    office_below(id, kind, depth) AS (
      SELECT id, kind, 1 FROM org_units WHERE parent_id IN (${list(office)})
      UNION ALL SELECT o.id, o.kind, ob.depth + 1 FROM org_units o JOIN office_below ob ON o.parent_id = ob.id WHERE ob.kind <> 'administration' AND ob.depth < 12),
    decided(id) AS (SELECT id FROM below UNION SELECT id FROM office_below)`;
  return { cte, args: [...directs, ...office] };
}

/**
 * Submitted plans the viewer decides, oldest first, one page at a time: at the large preset an
 * administration has over a thousand units.
 */
function plansAwaitingDecision(db: Db, viewer: Viewer, planYearId: number, page: number) {
  const decided = decidedUnitsCte(viewer);
  if (!decided) return { isDecider: false, rows: [] as PlanListRow[], total: 0, page: 1 };
  const where = `p.unit_id IN (SELECT id FROM decided) AND p.plan_year_id = ? AND p.is_current = 1 AND p.status = 'submitted'`;
  const total = (db.$client.prepare(`${decided.cte} SELECT count(*) AS n FROM action_plans p WHERE ${where}`).get(...decided.args, planYearId) as { n: number }).n;
  // A page past the end (an old link after decisions were made) shows the last one instead.
  const shown = Math.min(page, Math.max(1, Math.ceil(total / DECISIONS_PAGE_SIZE)));
  const rows = db.$client
    .prepare(`${decided.cte} SELECT p.id, p.unit_id AS unitId, u.name AS unitName, p.version, p.status, p.submitted_at AS submittedAt FROM action_plans p JOIN org_units u ON u.id = p.unit_id WHERE ${where} ORDER BY p.submitted_at, u.name, p.id LIMIT ? OFFSET ?`)
    .all(...decided.args, planYearId, DECISIONS_PAGE_SIZE, (shown - 1) * DECISIONS_PAGE_SIZE) as (Omit<PlanListRow, 'submittedAt'> & { submittedAt: number | null })[];
  return { isDecider: true, rows: rows.map((r) => ({ ...r, submittedAt: r.submittedAt === null ? null : new Date(r.submittedAt * 1000) })), total, page: shown };
}

/** How many submitted plans of the year wait for the viewer's decision (the to-do list's count). */
export function countPlansAwaitingDecision(db: Db, viewer: Viewer, planYearId: number): number {
  const decided = decidedUnitsCte(viewer);
  if (!decided) return 0;
  return (db.$client.prepare(`${decided.cte} SELECT count(*) AS n FROM action_plans p WHERE p.unit_id IN (SELECT id FROM decided) AND p.plan_year_id = ? AND p.is_current = 1 AND p.status = 'submitted'`).get(...decided.args, planYearId) as { n: number }).n;
}

/** "Handlingsplaner": the plans the viewer writes, those waiting for their decision, and their own unit's plan. */
export async function listPlansToActOn(db: Db, viewer: Viewer, page: number) {
  const year = currentPlanYear(db, viewer.municipalityId);
  if (!year) return { year: null, own: [], awaiting: { isDecider: false, rows: [], total: 0, page: 1 }, page: 1, pageSize: DECISIONS_PAGE_SIZE, myUnitPlan: null };
  const own = ownPlans(db, viewer, year.id);
  const awaiting = plansAwaitingDecision(db, viewer, year.id, page);
  const myUnitPlan =
    db
      .select({ id: actionPlans.id, unitId: actionPlans.unitId, unitName: orgUnits.name, status: actionPlans.status, version: actionPlans.version })
      .from(employments)
      .innerJoin(actionPlans, and(eq(actionPlans.unitId, employments.unitId), eq(actionPlans.planYearId, year.id), eq(actionPlans.isCurrent, true)))
      .innerJoin(orgUnits, eq(orgUnits.id, employments.unitId))
      .where(and(eq(employments.personId, viewer.personId), isNull(employments.endDate)))
      .get() ?? null;
  // A manager works in the unit they lead: their plan is already in the first list.
  const ownUnit = myUnitPlan && own.some((p) => p.unitId === myUnitPlan.unitId);
  return { year: year.year, own, awaiting, page: awaiting.page, pageSize: DECISIONS_PAGE_SIZE, myUnitPlan: ownUnit ? null : myUnitPlan };
}
