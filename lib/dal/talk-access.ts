import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { followUpEvents } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { canReadTalk, type Viewer } from '@/lib/permissions';
import { currentEmployment } from './assignment-access';
import { unitChain } from './org-scope';

/**
 * A talk with the facts every decision about it needs. Anyone who may not read it gets the same
 * NotFoundError as for an id that does not exist: a talk's existence is personal data too.
 */
export function loadTalkForViewer(db: Db, viewer: Viewer, talkId: number) {
  const event = db.select().from(followUpEvents).where(eq(followUpEvents.id, talkId)).get();
  if (!event || event.kind === 'workplace_meeting' || event.employeePersonId === null) throw new NotFoundError('Samtalet');
  const employment = currentEmployment(db, event.employeePersonId);
  const chain = employment ? unitChain(db, employment.unitId).map((u) => u.id) : [];
  const access = { employeePersonId: event.employeePersonId, currentManagerPersonId: employment?.managerPersonId ?? null, employeeUnitChain: chain };
  // Same municipality is implied by the unit chain: a foreign unit's chain never holds the viewer's scope.
  if (!canReadTalk(viewer, access)) throw new NotFoundError('Samtalet');
  return { event, access, employeeUnitId: employment?.unitId ?? event.unitId };
}
