import 'server-only';
import { and, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, assignments, employments, followUpEvents, followUpPeriods, orgUnits, people } from '@/db/schema';
import type { Viewer } from '@/lib/permissions';
import { countPlansAwaitingDecision } from '@/features/plans/queries';
import { currentEmployment } from '@/features/assignments/access';
import { currentPlanYear } from '@/features/plan-years/current';
import { todayInStockholm } from '@/lib/dates/stockholm-time';

export interface TodoItem {
  /** Catalogue key of the text, with its values. */
  key: string;
  values: Record<string, string | number>;
  href: string;
  due: string | null;
  overdue: boolean;
}

/**
 * "Att göra": one list per person of what waits for them, each with a link. Every part reads only
 * what the viewer may act on: their own talks and assignment, their own employees, their own
 * units' plans, and as a director the units of their administration.
 */
export async function getTodo(db: Db, viewer: Viewer) {
  const year = currentPlanYear(db, viewer.municipalityId);
  const now = todayInStockholm();
  const items: { own: TodoItem[]; team: TodoItem[]; units: TodoItem[]; lateUnits: { name: string; deadline: string }[]; lateUnitsTotal: number } = { own: [], team: [], units: [], lateUnits: [], lateUnitsTotal: 0 };
  if (!year) return { year: null, ...items, lateDeadline: null };

  ownItems(db, viewer, year, now, items.own);
  teamItems(db, viewer, year, now, items.team);
  unitItems(db, viewer, year, now, items.units);
  const late = lateUnitsOfDirector(db, viewer, year.id, now);
  if (late.plansToDecide > 0) items.units.push({ key: 'todo.decidePlans', values: { count: late.plansToDecide }, href: '/handlingsplaner', due: null, overdue: false });
  return { year: year.year, ...items, lateUnits: late.units, lateUnitsTotal: late.total, lateDeadline: late.deadline };
}

function ownItems(db: Db, viewer: Viewer, year: { id: number; year: number }, now: string, out: TodoItem[]) {
  const employment = currentEmployment(db, viewer.personId);
  if (employment) {
    const own = db
      .select()
      .from(assignments)
      .where(and(eq(assignments.personId, viewer.personId), eq(assignments.planYearId, year.id)))
      .get();
    if (!own) out.push({ key: 'todo.writeAssignment', values: { year: year.year }, href: '/uppdrag/mitt', due: null, overdue: false });
    else if (!own.employeeConfirmedAt) out.push({ key: 'todo.confirmAssignment', values: { year: year.year }, href: `/uppdrag/${own.id}`, due: null, overdue: false });
  }
  const talks = db
    .select()
    .from(followUpEvents)
    .where(and(eq(followUpEvents.employeePersonId, viewer.personId), ne(followUpEvents.kind, 'workplace_meeting'), ne(followUpEvents.status, 'confirmed')))
    .all();
  for (const talk of talks) {
    if ((talk.status === 'booked' || talk.status === 'prepared') && talk.kind === 'appraisal_talk') out.push({ key: 'todo.prepareTalk', values: { date: talk.heldOn }, href: `/samtal/${talk.id}`, due: talk.heldOn, overdue: talk.heldOn < now });
    if (talk.status === 'held' && !talk.employeeConfirmedAt) out.push({ key: 'todo.confirmTalk', values: { date: talk.heldOn }, href: `/samtal/${talk.id}`, due: null, overdue: false });
  }
}

function teamItems(db: Db, viewer: Viewer, year: { id: number; year: number }, now: string, out: TodoItem[]) {
  const team = db
    .select({ personId: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(employments)
    .innerJoin(people, eq(people.id, employments.personId))
    .where(and(eq(employments.managerPersonId, viewer.personId), isNull(employments.endDate)))
    .all();
  if (team.length === 0) return;
  const ids = team.map((t) => t.personId);
  const name = (id: number | null) => {
    const p = team.find((t) => t.personId === id);
    return p ? `${p.givenName} ${p.familyName}` : '';
  };
  const waiting = db
    .select({ id: assignments.id, personId: assignments.personId })
    .from(assignments)
    .where(and(inArray(assignments.personId, ids), eq(assignments.planYearId, year.id), eq(assignments.status, 'draft'), sql`${assignments.employeeConfirmedAt} IS NOT NULL`))
    .all();
  for (const a of waiting) out.push({ key: 'todo.agreeAssignment', values: { name: name(a.personId) }, href: `/uppdrag/${a.id}`, due: null, overdue: false });

  const talks = db
    .select()
    .from(followUpEvents)
    .where(and(inArray(followUpEvents.employeePersonId, ids), ne(followUpEvents.kind, 'workplace_meeting'), ne(followUpEvents.status, 'confirmed')))
    .all();
  for (const talk of talks) {
    if (talk.status === 'booked' || talk.status === 'prepared') out.push({ key: 'todo.holdTalk', values: { name: name(talk.employeePersonId), date: talk.heldOn }, href: `/samtal/${talk.id}`, due: talk.heldOn, overdue: talk.heldOn < now });
    if (talk.status === 'held' && !talk.managerConfirmedAt) out.push({ key: 'todo.confirmTalk', values: { date: talk.heldOn }, href: `/samtal/${talk.id}`, due: null, overdue: false });
  }
  const from = `${year.year}-01-01`;
  const had = new Set(
    db
      .select({ personId: followUpEvents.employeePersonId })
      .from(followUpEvents)
      .where(and(inArray(followUpEvents.employeePersonId, ids), eq(followUpEvents.kind, 'appraisal_talk'), sql`${followUpEvents.heldOn} >= ${from}`))
      .all()
      .map((r) => r.personId),
  );
  const without = ids.filter((id) => !had.has(id)).length;
  if (without > 0) out.push({ key: 'todo.bookTalks', values: { count: without, year: year.year }, href: '/samtal', due: `${year.year}-12-31`, overdue: false });
}

/** The most recent monthly follow-up whose unit deadline has passed: the one a unit can be late with. */
function lastPassedMonthlyPeriod(db: Db, planYearId: number, now: string) {
  return db
    .select()
    .from(followUpPeriods)
    .where(and(eq(followUpPeriods.planYearId, planYearId), eq(followUpPeriods.kind, 'monthly'), lt(followUpPeriods.unitDeadline, now)))
    .orderBy(sql`${followUpPeriods.periodEnd} DESC`)
    .get();
}

function unitHasMeetingIn(db: Db, unitIds: number[], month: string): Set<number> {
  if (unitIds.length === 0) return new Set();
  return new Set(
    db
      .select({ unitId: followUpEvents.unitId })
      .from(followUpEvents)
      .where(and(inArray(followUpEvents.unitId, unitIds), eq(followUpEvents.kind, 'workplace_meeting'), sql`substr(${followUpEvents.heldOn}, 1, 7) = ${month}`))
      .all()
      .map((r) => r.unitId),
  );
}

function unitItems(db: Db, viewer: Viewer, year: { id: number; year: number }, now: string, out: TodoItem[]) {
  const managed = viewer.roles.filter((r) => r.role === 'unit_manager' && r.orgUnitId !== null).map((r) => r.orgUnitId!);
  if (managed.length === 0) return;
  const units = db.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits).where(inArray(orgUnits.id, managed)).all();
  const plans = db
    .select()
    .from(actionPlans)
    .where(and(inArray(actionPlans.unitId, managed), eq(actionPlans.planYearId, year.id), eq(actionPlans.isCurrent, true)))
    .all();
  for (const unit of units) {
    const plan = plans.find((p) => p.unitId === unit.id);
    if (!plan) out.push({ key: 'todo.writePlan', values: { unit: unit.name, year: year.year }, href: '/handlingsplaner', due: null, overdue: false });
    else if (plan.status === 'draft' || plan.status === 'returned') out.push({ key: plan.status === 'returned' ? 'todo.fixPlan' : 'todo.submitPlan', values: { unit: unit.name }, href: `/handlingsplaner/${plan.id}`, due: null, overdue: false });
  }
  const period = lastPassedMonthlyPeriod(db, year.id, now);
  const upcoming = db
    .select()
    .from(followUpPeriods)
    .where(and(eq(followUpPeriods.planYearId, year.id), eq(followUpPeriods.kind, 'monthly'), sql`${followUpPeriods.unitDeadline} >= ${now}`))
    .orderBy(followUpPeriods.periodEnd)
    .get();
  for (const p of [period, upcoming]) {
    if (!p) continue;
    const month = p.periodEnd.slice(0, 7);
    const done = unitHasMeetingIn(
      db,
      units.filter((u) => u.kind === 'unit').map((u) => u.id),
      month,
    );
    for (const unit of units.filter((u) => u.kind === 'unit' && !done.has(u.id))) {
      out.push({ key: 'todo.meetingFollowUp', values: { unit: unit.name, period: p.name }, href: `/apt/ny?enhet=${unit.id}`, due: p.unitDeadline, overdue: p.unitDeadline < now });
    }
  }
}

/** For a director: the units of their administration that are late with last month's APT follow-up. */
function lateUnitsOfDirector(db: Db, viewer: Viewer, planYearId: number, now: string) {
  const administrations = viewer.roles.filter((r) => (r.role === 'administration_director' || r.role === 'municipal_director') && r.orgUnitId !== null).map((r) => r.orgUnitId!);
  const period = lastPassedMonthlyPeriod(db, planYearId, now);
  if (administrations.length === 0 || !period) return { units: [], total: 0, deadline: null, plansToDecide: 0 };
  // Units below the administration (through its departments); bounded by the tree's depth.
  const unitRows = db.$client
    .prepare(
      `WITH RECURSIVE down(id, kind, name, depth) AS (
         SELECT id, kind, name, 0 FROM org_units WHERE id IN (${administrations.map(() => '?').join(',')})
         UNION ALL
         SELECT o.id, o.kind, o.name, d.depth + 1 FROM org_units o JOIN down d ON o.parent_id = d.id
         WHERE d.depth < 5
       ) SELECT id, name FROM down WHERE kind = 'unit'`,
    )
    .all(...administrations) as { id: number; name: string }[];
  const done = unitHasMeetingIn(
    db,
    unitRows.map((u) => u.id),
    period.periodEnd.slice(0, 7),
  );
  const late = unitRows.filter((u) => !done.has(u.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  // The same plans the plan list offers the viewer to decide.
  const submitted = countPlansAwaitingDecision(db, viewer, planYearId);
  return { units: late.slice(0, 100).map((u) => ({ name: u.name, deadline: period.unitDeadline })), total: late.length, deadline: period.unitDeadline, plansToDecide: submitted };
}
