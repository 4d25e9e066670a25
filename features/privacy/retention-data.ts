import 'server-only';
import type { Db } from '@/db/connection';
import { retentionRules } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { ownMunicipality, canManageRetention, type Viewer } from '@/lib/permissions';
import { disposeTalkTexts, talkNoteYearsOf, type DisposalResult } from '@/features/privacy/disposal';
import { writeAudit } from '@/lib/audit/write-audit';
import type { RetentionRuleInput, RetentionRunInput } from '@/features/privacy/validation';

function requireAdministrator(viewer: Viewer) {
  // Like any page the viewer may not see: the same answer as for one that does not exist.
  if (!canManageRetention(viewer, ownMunicipality(viewer))) throw new NotFoundError('Gallringen');
}

/** The municipality's rule and what it would remove today: the page's dry-run figure. */
export async function retentionOverview(db: Db, viewer: Viewer, now = new Date()) {
  requireAdministrator(viewer);
  const years = talkNoteYearsOf(db, viewer.municipalityId);
  const preview = disposeTalkTexts(db, { municipalityId: viewer.municipalityId, now, dryRun: true, actorPersonId: viewer.personId });
  const lastRun = db.$client
    .prepare(
      `SELECT a.at, json_extract(a.detail, '$.notes') AS notes, coalesce(json_extract(a.detail, '$.entryTexts'), 0) AS entryTexts, json_extract(a.detail, '$.cutoffDate') AS cutoffDate FROM audit_log a WHERE a.action = 'talk_note.disposed' AND a.object_type = 'retention_rule' AND a.object_id = ? ORDER BY a.at DESC, a.id DESC LIMIT 1`,
    )
    .get(viewer.municipalityId) as { at: number; notes: number; entryTexts: number; cutoffDate: string } | undefined;
  return { years, preview, lastRun: lastRun ? { at: new Date(lastRun.at * 1000), notes: lastRun.notes, entryTexts: lastRun.entryTexts, cutoffDate: lastRun.cutoffDate } : null };
}

export function saveRetentionRule(db: Db, viewer: Viewer, input: RetentionRuleInput): void {
  requireAdministrator(viewer);
  db.transaction(
    (tx) => {
      const before = talkNoteYearsOf(db, viewer.municipalityId);
      const now = new Date();
      tx.insert(retentionRules)
        .values({ municipalityId: viewer.municipalityId, talkNoteYears: input.talkNoteYears, updatedAt: now, updatedByPersonId: viewer.personId })
        .onConflictDoUpdate({ target: retentionRules.municipalityId, set: { talkNoteYears: input.talkNoteYears, updatedAt: now, updatedByPersonId: viewer.personId } })
        .run();
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'retention_rule.update', objectType: 'retention_rule', objectId: viewer.municipalityId, detail: { municipalityId: viewer.municipalityId, before, after: input.talkNoteYears } });
    },
    { behavior: 'immediate' },
  );
}

/**
 * The administrator's button. A real run names the cut-off its dry run showed: if the rule or
 * the day changed since, nothing is removed and the administrator sees the new figure first.
 */
export function runDisposal(db: Db, viewer: Viewer, input: RetentionRunInput, now = new Date()): DisposalResult {
  requireAdministrator(viewer);
  if (input.mode === 'dryRun') return disposeTalkTexts(db, { municipalityId: viewer.municipalityId, now, dryRun: true, actorPersonId: viewer.personId });
  return disposeTalkTexts(db, { municipalityId: viewer.municipalityId, now, dryRun: false, actorPersonId: viewer.personId, expectCutoffDate: input.cutoffDate });
}

/** The rule that applies to the viewer's own notes, for the "my data" page: anyone signed in may know it. */
export function myRetentionYears(db: Db, viewer: Viewer): number {
  return talkNoteYearsOf(db, viewer.municipalityId);
}
