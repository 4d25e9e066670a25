import { followUpEvents, followUpEntries, confidentialNotes, meetingAttendees } from '../schema';
import { BulkInserter } from './bulk-insert';
import { APT_COMMENTS, APT_MINUTES, SALARY_ASSESSMENTS, TALK_NOTES } from './content';
import { unixSeconds, type YearGoals } from './seed-goals';
import type { YearPlans } from './seed-plans';
import type { Organisation, SeedContext } from './context';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A year of follow-up history: a workplace meeting (APT) in every unit each month but July, an
 * appraisal talk in the autumn and a salary talk in the spring for every employee.
 */
export function seedFollowUps(ctx: SeedContext, org: Organisation, years: YearGoals[], plans: YearPlans[]) {
  const { sqlite, rng, nextId } = ctx;
  const eventIns = new BulkInserter(sqlite, followUpEvents, ['id', 'kind', 'unitId', 'periodId', 'employeePersonId', 'managerPersonId', 'heldOn', 'status', 'employeeConfirmedAt', 'managerConfirmedAt', 'minutes', 'createdByPersonId']);
  const entryIns = new BulkInserter(sqlite, followUpEntries, ['id', 'eventId', 'activityId', 'assignmentId', 'status', 'comment', 'nextStep', 'selfStatus', 'selfComment']);
  const noteIns = new BulkInserter(sqlite, confidentialNotes, ['id', 'eventId', 'authorPersonId', 'kind', 'body', 'createdAt']);
  const attendeeIns = new BulkInserter(sqlite, meetingAttendees, ['eventId', 'personId']);
  let events = 0;
  let entries = 0;

  years.forEach((y, yi) => {
    const plan = plans[yi]!;
    const monthlyPeriod = new Map(y.periods.filter((p) => p.kind === 'monthly').map((p) => [p.month, p.id]));

    org.staffedUnits.forEach((unit, unitIndex) => {
      if (unit.kind !== 'unit') return;
      const planned = plan.activitiesByUnit.get(unit.unitId) ?? [];
      for (let m = 1; m <= 12; m++) {
        const heldOn = `${y.year}-${pad(m)}-${pad(rng.int(3, 14))}`;
        if (m === 7 || heldOn > ctx.asOf) continue;
        // Some units miss a meeting now and then, and a few are late with last month's follow-up:
        // the directors' lists of late units have something real to show.
        const lateLastMonth = y.year === ctx.years.current && m === Number(ctx.asOf.slice(5, 7)) - 1 && unitIndex % 17 === 5;
        if (lateLastMonth || rng.chance(0.02)) continue;
        const eventId = nextId('follow_up_events');
        eventIns.insert({
          id: eventId,
          kind: 'workplace_meeting',
          unitId: unit.unitId,
          periodId: monthlyPeriod.get(m) ?? null,
          employeePersonId: null,
          managerPersonId: unit.managerPersonId,
          heldOn,
          status: 'confirmed',
          employeeConfirmedAt: null,
          managerConfirmedAt: unixSeconds(heldOn),
          minutes: rng.pick(APT_MINUTES),
          createdByPersonId: unit.managerPersonId,
        });
        events++;
        // Most of the unit attends; some are on leave, on another shift or ill.
        for (const personId of unit.memberPersonIds) if (personId === unit.managerPersonId || rng.chance(0.85)) attendeeIns.insert({ eventId, personId });
        for (const a of planned) {
          entryIns.insert({ id: nextId('follow_up_entries'), eventId, activityId: a.id, assignmentId: null, status: a.statusByMonth[m - 1] ?? 'not_started', comment: rng.chance(0.25) ? rng.pick(APT_COMMENTS) : null, nextStep: null, selfStatus: null, selfComment: null });
          entries++;
        }
      }
    });

    for (const [personId, assignment] of plan.assignmentByPerson) {
      const salaryOn = `${y.year}-${pad(rng.int(3, 4))}-${pad(rng.int(1, 28))}`;
      const salaryId = nextId('follow_up_events');
      eventIns.insert({
        id: salaryId,
        kind: 'salary_talk',
        unitId: assignment.unitId,
        periodId: monthlyPeriod.get(Number(salaryOn.slice(5, 7))) ?? null,
        employeePersonId: personId,
        managerPersonId: assignment.managerPersonId,
        heldOn: salaryOn,
        status: 'confirmed',
        employeeConfirmedAt: unixSeconds(salaryOn),
        managerConfirmedAt: unixSeconds(salaryOn),
        minutes: null,
        createdByPersonId: assignment.managerPersonId,
      });
      noteIns.insert({ id: nextId('confidential_notes'), eventId: salaryId, authorPersonId: assignment.managerPersonId, kind: 'salary', body: rng.pick(SALARY_ASSESSMENTS), createdAt: unixSeconds(salaryOn) });
      events++;

      const month = rng.int(9, 11);
      const talkOn = `${y.year}-${pad(month)}-${pad(rng.int(1, 28))}`;
      const held = talkOn <= ctx.asOf;
      const talkId = nextId('follow_up_events');
      eventIns.insert({
        id: talkId,
        kind: 'appraisal_talk',
        unitId: assignment.unitId,
        periodId: monthlyPeriod.get(month) ?? null,
        employeePersonId: personId,
        managerPersonId: assignment.managerPersonId,
        heldOn: held ? talkOn : `${y.year}-12-${pad(rng.int(1, 18))}`,
        status: held ? 'confirmed' : 'booked',
        employeeConfirmedAt: held ? unixSeconds(talkOn) : null,
        managerConfirmedAt: held ? unixSeconds(talkOn) : null,
        minutes: null,
        createdByPersonId: assignment.managerPersonId,
      });
      events++;
      if (!held) continue;
      for (const a of assignment.activities) {
        const agreed = a.statusByMonth[month - 1] ?? 'not_started';
        entryIns.insert({
          id: nextId('follow_up_entries'),
          eventId: talkId,
          activityId: a.id,
          assignmentId: assignment.assignmentId,
          status: agreed,
          comment: rng.chance(0.4) ? rng.pick(APT_COMMENTS) : null,
          nextStep: rng.chance(0.3) ? 'Stämma av igen på nästa APT.' : null,
          selfStatus: rng.chance(0.8) ? agreed : 'at_risk',
          selfComment: null,
        });
        entries++;
      }
      noteIns.insert({ id: nextId('confidential_notes'), eventId: talkId, authorPersonId: assignment.managerPersonId, kind: 'talk', body: rng.pick(TALK_NOTES), createdAt: unixSeconds(talkOn) });
    }
  });
  return { events, entries };
}
