import { getDb } from '@/db';
import { ACTIVITY_STATUSES } from '@/lib/domain/activity-statuses';
import { recordMeeting } from '@/features/meetings/mutations';
import { activitiesForMeeting } from '@/features/meetings/queries';
import { currentPlanYear } from '@/features/plan-years/current';
import type { Viewer } from '@/lib/permissions';
import { entryField } from '@/features/follow-ups/entries';

// A unit manager saving workplace meetings one after another through the application's own data
// layer, as fast as it can. It prints "acked <id>" only after recordMeeting has returned, i.e.
// after the transaction committed: every id printed is a write the user was told succeeded.
// Used by the crash test (killed at random moments) and the backup test (backed up under it).
// Run with the react-server condition so the data layer's `server-only` guard lets it load.
const email = process.argv[2] ?? 'enhetschef@sjovik.se';
const limit = Number(process.argv[3] ?? Infinity);
const db = getDb();
const account = db.$client.prepare('SELECT a.person_id AS personId, p.municipality_id AS municipalityId FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.email = ?').get(email) as { personId: number; municipalityId: number } | undefined;
if (!account) throw new Error(`${email} finns inte`);
const roles = db.$client.prepare('SELECT role, org_unit_id AS orgUnitId FROM role_assignments WHERE person_id = ?').all(account.personId) as Viewer['roles'];
const viewer: Viewer = { ...account, name: email, roles };
const unitId = roles.find((r) => r.role === 'unit_manager')?.orgUnitId;
if (!unitId) throw new Error(`${email} leder ingen enhet`);
const year = currentPlanYear(db, account.municipalityId);
if (!year) throw new Error('inget öppet planår');
const activityIds = activitiesForMeeting(db, unitId, year.id).map((a) => a.id);
const heldOn = `${year.year}-06-15`;

for (let i = 0; i < limit; i++) {
  const input: Record<string, unknown> & { unitId: number; heldOn: string; attendeeIds: number[]; minutes: string } = { unitId, heldOn, attendeeIds: [], minutes: `Skrivtest ${process.pid} nr ${i}` };
  activityIds.forEach((id, n) => {
    input[entryField('status', id)] = ACTIVITY_STATUSES[(i + n) % ACTIVITY_STATUSES.length];
  });
  const id = recordMeeting(db, viewer, input);
  process.stdout.write(`acked ${id}\n`);
}
