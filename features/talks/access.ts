import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { followUpEvents, orgUnits } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { canReadTalk, type Viewer } from '@/lib/permissions';
import { currentEmployment } from '@/features/assignments/access';
import { unitChain } from '@/features/organisation/scope';

/**
 * A talk with the facts every decision about it needs. Anyone who may not read it gets the same
 * NotFoundError as for an id that does not exist: a talk's existence is personal data too.
 */
export function loadTalkForViewer(db: Db, viewer: Viewer, talkId: number) {
  const row = db.select({ event: followUpEvents, municipalityId: orgUnits.municipalityId }).from(followUpEvents).innerJoin(orgUnits, eq(orgUnits.id, followUpEvents.unitId)).where(eq(followUpEvents.id, talkId)).get();
  const event = row?.event;
  if (!row || !event || event.kind === 'workplace_meeting' || event.employeePersonId === null) throw new NotFoundError('Samtalet');
  const employment = currentEmployment(db, event.employeePersonId);
  const chain = employment ? unitChain(db, employment.unitId).map((u) => u.id) : [];
  // The talk's municipality is that of the unit it was held in; the rule compares it first.
  const access = { municipalityId: row.municipalityId, employeePersonId: event.employeePersonId, currentManagerPersonId: employment?.managerPersonId ?? null, employeeUnitChain: chain };
  if (!canReadTalk(viewer, access)) throw new NotFoundError('Samtalet');
  return { event, access, employeeUnitId: employment?.unitId ?? event.unitId };
}
