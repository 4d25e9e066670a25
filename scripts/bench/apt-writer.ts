import { parseArgs } from 'node:util';
import { getDb } from '@/db';
import { ACTIVITY_STATUSES } from '@/lib/domain/activity-statuses';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import type { Viewer } from '@/lib/permissions';
import { latestPassedPeriod } from '@/features/dashboards/periods';
import { entryField } from '@/features/follow-ups/entries';
import { recordMeeting } from '@/features/meetings/mutations';
import { activitiesForMeeting, unitMembers } from '@/features/meetings/queries';
import { meetingSchema } from '@/features/meetings/validation';
import { currentPlanYear } from '@/features/plan-years/current';

// The writing part of `npm run bench`: unit managers saving workplace meetings (APT) at a steady
// rate, each through the same parsing and data-layer call as the APT form's action, against the
// database file the server reads. It prints "saved <epoch ms>" after each commit, so the bench
// counts the writes that really happened. The bench bundles it with `server-only` replaced by an
// empty module (as scripts/reliability/writer-process.ts does) and runs it as
//   node bench-data/apt-writer.cjs --rate 2 [--units 60]
const { values } = parseArgs({ options: { rate: { type: 'string', default: '2' }, units: { type: 'string', default: '60' } } });
const rate = Number(values.rate);

const db = getDb();
const municipalityId = db.$client.prepare('SELECT id FROM municipalities ORDER BY id LIMIT 1').pluck().get() as number;
const year = currentPlanYear(db, municipalityId);
if (!year) throw new Error('no open plan year');

// The meetings are held on the last day of the period the dashboards show, so each one moves
// figures that are on screen.
const periods = db.$client.prepare(`SELECT id, kind, name, period_end AS periodEnd FROM follow_up_periods WHERE plan_year_id = ? AND kind = 'monthly'`).all(year.id) as { id: number; kind: 'monthly'; name: string; periodEnd: string }[];
const heldOn = latestPassedPeriod(periods, todayInStockholm())?.periodEnd ?? `${year.year}-01-15`;

// Units spread over the whole organisation (every board's share), each with its manager.
const managed = db.$client
  .prepare(
    `SELECT ra.org_unit_id AS unitId, ra.person_id AS personId FROM role_assignments ra JOIN org_units u ON u.id = ra.org_unit_id
     WHERE ra.role = 'unit_manager' AND u.kind = 'unit' AND u.municipality_id = ? ORDER BY ra.org_unit_id`,
  )
  .all(municipalityId) as { unitId: number; personId: number }[];
const stride = Math.max(1, Math.floor(managed.length / Number(values.units)));
const rolesOf = db.$client.prepare('SELECT role, org_unit_id AS orgUnitId FROM role_assignments WHERE person_id = ?');
const writers = managed
  .filter((_, i) => i % stride === 0)
  .map((m) => ({
    unitId: m.unitId,
    viewer: { personId: m.personId, municipalityId, name: 'APT', roles: rolesOf.all(m.personId) as Viewer['roles'] } satisfies Viewer,
    activityIds: activitiesForMeeting(db, m.unitId, year.id).map((a) => a.id),
    attendeeIds: unitMembers(db, m.unitId)
      .slice(0, 5)
      .map((p) => p.personId),
  }))
  .filter((w) => w.activityIds.length > 0 && w.attendeeIds.length > 0);
if (writers.length === 0) throw new Error('no unit with an approved plan and members');

let stopped = false;
process.on('SIGTERM', () => (stopped = true));
const started = performance.now();

async function main() {
  for (let i = 0; !stopped; i++) {
    // A fixed timetable: a slow write is caught up at once, so the achieved rate shows whether the
    // writer kept up, not how long each write took.
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (stopped) break;
    const w = writers[i % writers.length]!;
    const form: Record<string, unknown> = { unitId: String(w.unitId), heldOn, attendeeIds: w.attendeeIds.map(String), minutes: `APT ${i}` };
    // Each round moves every activity to another status, so each meeting changes the roll-up.
    const round = Math.floor(i / writers.length);
    w.activityIds.forEach((id, n) => (form[entryField('status', id)] = ACTIVITY_STATUSES[(round + n) % ACTIVITY_STATUSES.length]));
    recordMeeting(db, w.viewer, meetingSchema.parse(form));
    process.stdout.write(`saved ${Date.now()}\n`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
