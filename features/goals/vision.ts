import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/connection';
import { guidingValues, visions } from '@/db/schema';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { ownMunicipality, canRecordCouncilGoals, type Viewer } from '@/lib/permissions';
import type { VisionInput } from '@/features/goals/validation';
import { writeAudit } from '@/lib/audit/write-audit';
import { requireViewer } from '@/lib/auth/viewer';

function currentVision(db: Pick<Db, 'select'>, municipalityId: number) {
  const vision = db.select().from(visions).where(and(eq(visions.municipalityId, municipalityId), isNull(visions.validToYear))).get();
  if (!vision) throw new NotFoundError('Visionen');
  return vision;
}

/** KF's vision and ledord as the municipal office records them; the form needs the same right. */
export async function getVisionForm() {
  const viewer = await requireViewer();
  if (!canRecordCouncilGoals(viewer, ownMunicipality(viewer))) throw new NotFoundError('Sidan');
  const db = getDb();
  const vision = currentVision(db, viewer.municipalityId);
  const values = db.select().from(guidingValues).where(eq(guidingValues.visionId, vision.id)).orderBy(asc(guidingValues.sortOrder)).all();
  return { statement: vision.statement, description: vision.description, values: values.map((v) => ({ id: v.id, name: v.name, description: v.description })) };
}

/** Rewords the current vision and its ledord and adds new ones; the audit row keeps the earlier wording. */
export function saveVisionWith(db: Db, viewer: Viewer, input: VisionInput): void {
  if (!canRecordCouncilGoals(viewer, ownMunicipality(viewer))) throw new ForbiddenError();
  db.transaction((tx) => {
    const vision = currentVision(tx, viewer.municipalityId);
    const before = tx.select().from(guidingValues).where(eq(guidingValues.visionId, vision.id)).all();
    tx.update(visions).set({ statement: input.statement, description: input.description }).where(eq(visions.id, vision.id)).run();
    let sortOrder = Math.max(-1, ...before.map((v) => v.sortOrder));
    for (const value of input.values) {
      if (value.id === null) {
        tx.insert(guidingValues).values({ visionId: vision.id, name: value.name, description: value.description, sortOrder: ++sortOrder }).run();
        continue;
      }
      // A ledord of another vision (or municipality) is as unknown as a missing one.
      if (!before.some((b) => b.id === value.id)) throw new NotFoundError('Ledordet');
      tx.update(guidingValues).set({ name: value.name, description: value.description }).where(eq(guidingValues.id, value.id)).run();
    }
    writeAudit(tx, {
      actorPersonId: viewer.personId,
      action: 'vision.update',
      objectType: 'vision',
      objectId: vision.id,
      detail: { before: { statement: vision.statement, description: vision.description, values: before.map((b) => ({ id: b.id, name: b.name, description: b.description })) }, after: input },
    });
  });
}

export async function saveVision(input: VisionInput) {
  saveVisionWith(getDb(), await requireViewer(), input);
}
