import type { Db } from '@/db/connection';
import { auditLog } from '@/db/schema';
import { RuleError } from '@/lib/errors';
import { DEFAULT_TALK_NOTE_YEARS, retentionCutoff } from './retention';

/**
 * The disposal (gallring) of talk notes, shared by the administrator's button (lib/dal/retention.ts,
 * which checks the role) and the command line (scripts/gallring.ts, run by the operator). Kept
 * free of the session and of 'server-only' so the command line can import it.
 */
export interface DisposalResult {
  municipalityId: number;
  years: number;
  cutoffDate: string;
  /** Notes older than the cut-off: removed, or in a dry run, those that would be. */
  notes: number;
  /** Talks that held them; the talks themselves stay. */
  talks: number;
  dryRun: boolean;
}

export function talkNoteYearsOf(db: Db, municipalityId: number): number {
  const row = db.$client.prepare('SELECT talk_note_years AS years FROM retention_rules WHERE municipality_id = ?').get(municipalityId) as { years: number } | undefined;
  return row?.years ?? DEFAULT_TALK_NOTE_YEARS;
}

// Notes reach their municipality through the talk's unit.
const NOTES_BEFORE = `FROM confidential_notes n
  JOIN follow_up_events e ON e.id = n.event_id
  JOIN org_units u ON u.id = e.unit_id
  WHERE u.municipality_id = @municipalityId AND n.created_at < @cutoff`;

/**
 * Removes the municipality's talk notes written before the cut-off, in one IMMEDIATE
 * transaction, and records the disposal (how many, the cut-off, never a text) in the audit log.
 * The talks, their statuses and follow-up entries stay, and so do the audit rows of earlier reads:
 * the aggregates and the evidence of who read what outlive the text. A dry run only counts.
 */
export function disposeTalkNotes(db: Db, options: { municipalityId: number; now: Date; dryRun: boolean; actorPersonId: number | null; expectCutoffDate?: string }): DisposalResult {
  const sql = db.$client;
  const measure = () => {
    const years = talkNoteYearsOf(db, options.municipalityId);
    const { cutoffDate, cutoffAt } = retentionCutoff(options.now, years);
    const params = { municipalityId: options.municipalityId, cutoff: Math.floor(cutoffAt.getTime() / 1000) };
    const found = sql.prepare(`SELECT count(*) AS notes, count(DISTINCT n.event_id) AS talks ${NOTES_BEFORE}`).get(params) as { notes: number; talks: number };
    return { years, cutoffDate, params, found };
  };
  if (options.dryRun) {
    const { years, cutoffDate, found } = measure();
    return { municipalityId: options.municipalityId, years, cutoffDate, ...found, dryRun: true };
  }

  return db.transaction(
    (tx) => {
      const { years, cutoffDate, params, found } = measure();
      // The administrator confirmed a dry run's cut-off; a rule changed since must be seen first.
      if (options.expectCutoffDate !== undefined && options.expectCutoffDate !== cutoffDate) throw new RuleError('retention.errors.cutoffChanged');
      const removed = sql.prepare(`DELETE FROM confidential_notes WHERE id IN (SELECT n.id ${NOTES_BEFORE})`).run(params).changes;
      // As lib/dal/audit.ts writes it; that module is server-only, which the command line cannot load.
      tx.insert(auditLog)
        .values({ at: new Date(), actorPersonId: options.actorPersonId, action: 'talk_note.disposed', objectType: 'retention_rule', objectId: options.municipalityId, detail: JSON.stringify({ municipalityId: options.municipalityId, years, cutoffDate, notes: removed, talks: found.talks }) })
        .run();
      return { municipalityId: options.municipalityId, years, cutoffDate, notes: removed, talks: found.talks, dryRun: false };
    },
    { behavior: 'immediate' },
  );
}
