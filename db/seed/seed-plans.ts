import { actionPlans, activities, activityGoals, assignments, assignmentActivities, planEvents } from '../schema';
import type { ActivityStatus } from '../../lib/domain/activity-statuses';
import { BulkInserter } from './bulk-insert';
import { ASSIGNMENT_BODIES, ASSIGNMENT_OPENINGS, CONTRIBUTIONS } from './content';
import { unixSeconds, type YearGoals } from './seed-goals';
import type { Organisation, SeedContext } from './context';

/** Activities that every unit has besides its administration's own: the work environment and the unit's development. */
const COMMON_ACTIVITIES = [
  { title: 'Ta fram och följa upp enhetens handlingsplan för arbetsmiljön', expectedResult: 'Åtgärderna från medarbetarenkäten är genomförda och uppföljda på APT' },
  { title: 'Genomföra kompetensutvecklingsplan för medarbetarna', expectedResult: 'Alla medarbetare har en individuell utvecklingsplan' },
  { title: 'Förbättra bemötandet utifrån synpunkter från dem vi är till för', expectedResult: 'Inkomna synpunkter besvaras inom en vecka och följs upp' },
];

/** What a director writes when returning a plan in the demo. */
const RETURN_COMMENTS = ['Koppla varje aktivitet tydligare till förvaltningens mål och ange hur resultatet ska mätas.', 'Aktiviteterna saknar ansvariga på enheten. Komplettera och skicka in igen.', 'Bra plan, men tidplanen är för snäv för hösten. Se över slutdatumen.'];

export interface PlannedActivity {
  id: number;
  /** The activity's status at each month of the year (index 0 = January); last value = current status. */
  statusByMonth: ActivityStatus[];
}

export interface YearPlans {
  year: number;
  /** Activities per unit id. */
  activitiesByUnit: Map<number, PlannedActivity[]>;
  /** Assignment and the activities it links, per person id. */
  assignmentByPerson: Map<number, { assignmentId: number; activities: PlannedActivity[]; managerPersonId: number; unitId: number }>;
  activityCount: number;
  assignmentCount: number;
}

/** How an activity went month by month: not started before its start, then mostly on track, and done after its end. */
function trajectory(ctx: SeedContext, year: number, startMonth: number, endMonth: number): ActivityStatus[] {
  const months: ActivityStatus[] = [];
  let state: ActivityStatus = 'not_started';
  const lastMonth = year < ctx.years.current ? 12 : Number(ctx.asOf.slice(5, 7));
  for (let m = 1; m <= lastMonth; m++) {
    if (m >= startMonth && state !== 'done') {
      if (m > endMonth && ctx.rng.chance(0.75)) state = 'done';
      else if (state === 'not_started')
        state = ctx.rng.weighted([
          ['on_track', 75],
          ['at_risk', 18],
          ['off_track', 7],
        ] as const);
      else if (ctx.rng.chance(0.25))
        state = ctx.rng.weighted([
          ['on_track', 65],
          ['at_risk', 22],
          ['off_track', 8],
          ['done', m >= endMonth - 1 ? 20 : 2],
        ] as const);
    }
    months.push(state);
  }
  return months;
}

/** Per plan year: an action plan for every staffed unit, its activities, and every employee's assignment. */
export function seedPlans(ctx: SeedContext, org: Organisation, years: YearGoals[], agreedPersonIds: Set<number>): YearPlans[] {
  const { sqlite, rng, nextId } = ctx;
  const planIns = new BulkInserter(sqlite, actionPlans, ['id', 'unitId', 'planYearId', 'version', 'isCurrent', 'status', 'createdByPersonId', 'submittedAt', 'decidedByPersonId', 'decidedAt', 'updatedAt']);
  const activityIns = new BulkInserter(sqlite, activities, ['id', 'planId', 'title', 'description', 'ownerPersonId', 'startDate', 'endDate', 'expectedResult', 'indicatorId', 'status', 'sortOrder']);
  const activityGoalIns = new BulkInserter(sqlite, activityGoals, ['activityId', 'goalId']);
  const assignmentIns = new BulkInserter(sqlite, assignments, ['id', 'personId', 'planYearId', 'unitId', 'description', 'status', 'employeeConfirmedAt', 'managerConfirmedAt', 'managerPersonId', 'updatedAt']);
  const linkIns = new BulkInserter(sqlite, assignmentActivities, ['assignmentId', 'activityId', 'contribution']);
  const managerOf = new Map(org.employees.map((e) => [e.personId, e.managerPersonId]));
  const eventIns = new BulkInserter(sqlite, planEvents, ['id', 'planId', 'at', 'actorPersonId', 'kind', 'comment', 'detail']);
  // The person who approves a unit's plan: the director of its administration (canDecidePlan), and
  // for an administration's own plan the kommundirektör, its director's manager.
  const approverOf = new Map<number, number>();
  for (const u of org.staffedUnits) {
    const director = u.kind === 'unit' || u.kind === 'department' ? org.boards[u.boardIndex]?.directorPersonId : undefined;
    approverOf.set(u.unitId, director && director !== u.managerPersonId ? director : (managerOf.get(u.managerPersonId) ?? u.managerPersonId));
  }
  let submittedSeen = 0;

  return years.map((y) => {
    const isCurrent = y.year === ctx.years.current;
    const activitiesByUnit = new Map<number, PlannedActivity[]>();
    const assignmentByPerson: YearPlans['assignmentByPerson'] = new Map();
    let activityCount = 0;

    for (const unit of org.staffedUnits) {
      const board = org.boards[unit.boardIndex]!;
      const goalsOfChain = y.administrationGoals[unit.boardIndex]!;
      const status = !isCurrent
        ? 'approved'
        : rng.weighted([
            ['approved', 85],
            ['submitted', 10],
            ['draft', 5],
          ] as const);
      const planId = nextId('action_plans');
      const created = unixSeconds(`${y.year - 1}-12-${rng.int(10, 20)}`);
      const decided = status === 'approved' ? unixSeconds(`${y.year}-0${rng.int(1, 2)}-${rng.int(10, 28)}`) : null;
      planIns.insert({
        id: planId,
        unitId: unit.unitId,
        planYearId: y.planYearId,
        version: 1,
        isCurrent: 1,
        status,
        createdByPersonId: unit.managerPersonId,
        submittedAt: status === 'draft' ? null : created + 7 * 86400,
        decidedByPersonId: decided ? approverOf.get(unit.unitId)! : null,
        decidedAt: decided,
        updatedAt: decided ?? created,
      });
      // The plan's trail as its status tells it; every third plan still waiting was returned once
      // first, so the demo shows a return with its comment.
      const event = (at: number, actor: number, kind: 'created' | 'submitted' | 'returned' | 'approved', comment: string | null = null) => eventIns.insert({ id: nextId('plan_events'), planId, at, actorPersonId: actor, kind, comment, detail: null });
      event(created, unit.managerPersonId, 'created');
      if (status === 'submitted' && submittedSeen++ % 3 === 0) {
        event(created + 3 * 86400, unit.managerPersonId, 'submitted');
        event(created + 5 * 86400, approverOf.get(unit.unitId)!, 'returned', RETURN_COMMENTS[submittedSeen % RETURN_COMMENTS.length]!);
      }
      if (status !== 'draft') event(created + 7 * 86400, unit.managerPersonId, 'submitted');
      if (decided) event(decided, approverOf.get(unit.unitId)!, 'approved');

      const count = unit.kind === 'unit' ? rng.int(6, 8) : 3;
      const fitting = board.spec.activities.filter((a) => !a.for || (unit.unitType !== undefined && a.for.includes(unit.unitType)));
      const own = rng.sample(fitting, count);
      const chosen = [...own, ...rng.sample(COMMON_ACTIVITIES, count - own.length)];
      const planned: PlannedActivity[] = chosen.map((a, i) => {
        const id = nextId('activities');
        const startMonth = rng.int(1, 6);
        const endMonth = Math.min(12, startMonth + rng.int(3, 9));
        const statusByMonth = trajectory(ctx, y.year, startMonth, endMonth);
        const servedGoals = rng.chance(0.25) ? goalsOfChain : [rng.pick(goalsOfChain)];
        const indicatorPool = servedGoals.flatMap((g) => g.indicatorIds);
        const owner = rng.chance(0.4) ? unit.managerPersonId : rng.pick(unit.memberPersonIds);
        activityIns.insert({
          id,
          planId,
          title: a.title,
          description: null,
          ownerPersonId: owner,
          startDate: `${y.year}-${String(startMonth).padStart(2, '0')}-01`,
          endDate: `${y.year}-${String(endMonth).padStart(2, '0')}-${endMonth === 2 ? 28 : 30}`,
          expectedResult: a.expectedResult,
          indicatorId: indicatorPool.length > 0 && rng.chance(0.3) ? rng.pick(indicatorPool) : null,
          status: statusByMonth[statusByMonth.length - 1] ?? 'not_started',
          sortOrder: i,
        });
        for (const g of servedGoals) activityGoalIns.insert({ activityId: id, goalId: g.goalId });
        return { id, statusByMonth };
      });
      activitiesByUnit.set(unit.unitId, planned);
      activityCount += planned.length;

      for (const personId of unit.memberPersonIds) {
        const assignmentId = nextId('assignments');
        const agreed = !isCurrent || agreedPersonIds.has(personId) || rng.chance(0.92);
        const employeeConfirmed = agreed || rng.chance(0.5) ? unixSeconds(`${y.year}-0${rng.int(1, 3)}-${rng.int(10, 25)}`) : null;
        const managerPersonId = managerOf.get(personId) ?? unit.managerPersonId;
        assignmentIns.insert({
          id: assignmentId,
          personId,
          planYearId: y.planYearId,
          unitId: unit.unitId,
          description: `${rng.pick(ASSIGNMENT_OPENINGS)} ${rng.pick(ASSIGNMENT_BODIES)}, och att ${rng.pick(ASSIGNMENT_BODIES)}.`,
          status: agreed ? 'agreed' : 'draft',
          employeeConfirmedAt: employeeConfirmed,
          managerConfirmedAt: agreed ? (employeeConfirmed ?? 0) + 2 * 86400 : null,
          managerPersonId,
          updatedAt: (employeeConfirmed ?? unixSeconds(`${y.year}-01-15`)) + 2 * 86400,
        });
        const linked = rng.sample(planned, personId === unit.managerPersonId ? 3 : rng.int(1, 3));
        for (const a of linked) linkIns.insert({ assignmentId, activityId: a.id, contribution: rng.pick(CONTRIBUTIONS) });
        assignmentByPerson.set(personId, { assignmentId, activities: linked, managerPersonId, unitId: unit.unitId });
      }
    }
    return { year: y.year, activitiesByUnit, assignmentByPerson, activityCount, assignmentCount: assignmentByPerson.size };
  });
}
