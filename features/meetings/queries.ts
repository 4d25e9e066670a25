import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { actionPlans, activities, employments, followUpEntries, followUpEvents, meetingAttendees, orgUnits, people } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { parseId } from '@/lib/ids';
import { canReadMeeting, canRecordMeeting, type Viewer } from '@/lib/permissions';
import { currentEmployment } from '@/features/assignments/access';
import { currentPlanYear } from '@/features/plan-years/current';
import { unitFacts } from '@/features/organisation/scope';
import { todayInStockholm } from '@/lib/dates/stockholm-time';

/** The units whose meetings the viewer sees: where they work, and the units they manage. */
function unitsOfViewer(db: Db, viewer: Viewer): number[] {
  const own = currentEmployment(db, viewer.personId)?.unitId;
  const managed = viewer.roles.filter((r) => r.role === 'unit_manager' && r.orgUnitId !== null).map((r) => r.orgUnitId!);
  return [...new Set([...(own ? [own] : []), ...managed])];
}

/**
 * The activities a meeting follows up: those of the unit's latest approved plan of the year (a
 * new version being written does not replace what was decided until it is approved).
 */
export function activitiesForMeeting(db: Db, unitId: number, planYearId: number) {
  const plan = db
    .select({ id: actionPlans.id })
    .from(actionPlans)
    .where(and(eq(actionPlans.unitId, unitId), eq(actionPlans.planYearId, planYearId), eq(actionPlans.status, 'approved')))
    .orderBy(desc(actionPlans.version))
    .get();
  if (!plan) return [];
  return db.select({ id: activities.id, title: activities.title, status: activities.status }).from(activities).where(eq(activities.planId, plan.id)).orderBy(activities.sortOrder, activities.id).all();
}

export function unitMembers(db: Db, unitId: number) {
  return db
    .select({ personId: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(employments)
    .innerJoin(people, eq(people.id, employments.personId))
    .where(and(eq(employments.unitId, unitId), isNull(employments.endDate)))
    .orderBy(people.familyName, people.givenName)
    .all()
    .map((p) => ({ personId: p.personId, name: `${p.givenName} ${p.familyName}` }));
}

export function listMeetings(db: Db, viewer: Viewer) {
  const unitIds = unitsOfViewer(db, viewer);
  if (unitIds.length === 0) return { units: [] };
  const units = db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(inArray(orgUnits.id, unitIds), eq(orgUnits.municipalityId, viewer.municipalityId)))
    .all();
  return {
    units: units.map((u) => ({
      ...u,
      canRecord: canRecordMeeting(viewer, { municipalityId: viewer.municipalityId, unitId: u.id }),
      meetings: db
        .select({ id: followUpEvents.id, heldOn: followUpEvents.heldOn, attendees: sql<number>`(SELECT count(*) FROM meeting_attendees a WHERE a.event_id = ${followUpEvents.id})` })
        .from(followUpEvents)
        .where(and(eq(followUpEvents.unitId, u.id), eq(followUpEvents.kind, 'workplace_meeting')))
        .orderBy(desc(followUpEvents.heldOn))
        .limit(24)
        .all(),
    })),
  };
}

export function getMeeting(db: Db, viewer: Viewer, rawId: string) {
  const id = parseId(rawId);
  if (id === null) throw new NotFoundError('Arbetsplatsträffen');
  const event = db.select().from(followUpEvents).where(eq(followUpEvents.id, id)).get();
  if (!event || event.kind !== 'workplace_meeting') throw new NotFoundError('Arbetsplatsträffen');
  if (!canReadMeeting(viewer, { ...unitFacts(db, event.unitId), viewerUnitId: currentEmployment(db, viewer.personId)?.unitId ?? null })) throw new NotFoundError('Arbetsplatsträffen');
  const unit = db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, event.unitId)).get();
  const entries = db
    .select({ activityId: followUpEntries.activityId, title: activities.title, status: followUpEntries.status, comment: followUpEntries.comment, decision: followUpEntries.nextStep })
    .from(followUpEntries)
    .innerJoin(activities, eq(activities.id, followUpEntries.activityId))
    .where(eq(followUpEntries.eventId, id))
    .orderBy(activities.sortOrder)
    .all();
  const attendees = db
    .select({ givenName: people.givenName, familyName: people.familyName })
    .from(meetingAttendees)
    .innerJoin(people, eq(people.id, meetingAttendees.personId))
    .where(eq(meetingAttendees.eventId, id))
    .orderBy(people.familyName)
    .all()
    .map((p) => `${p.givenName} ${p.familyName}`);
  return { id, heldOn: event.heldOn, unitName: unit?.name ?? '', minutes: event.minutes, entries, attendees };
}

/** What the manager's form offers: their unit's members and the approved plan's activities. */
export function getMeetingForm(db: Db, viewer: Viewer, rawUnitId: string | undefined) {
  const managed = viewer.roles.filter((r) => r.role === 'unit_manager' && r.orgUnitId !== null).map((r) => r.orgUnitId!);
  const unitId = rawUnitId ? Number(rawUnitId) : managed[0];
  if (!unitId || !canRecordMeeting(viewer, unitFacts(db, unitId))) throw new NotFoundError('Enheten');
  const year = currentPlanYear(db, viewer.municipalityId);
  const unit = db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId)).get();
  if (!unit || !year) throw new NotFoundError('Enheten');
  return { unit, year: year.year, members: unitMembers(db, unitId), activities: activitiesForMeeting(db, unitId, year.id), today: todayInStockholm() };
}
