import type { Db } from '@/db/connection';
import { writeAudit } from '@/lib/audit/write-audit';
import { RuleError } from '@/lib/errors';
import { DEFAULT_TALK_NOTE_YEARS, retentionCutoff } from './retention';

/**
 * The disposal (gallring) of the texts written about a person in their appraisal and salary
 * talks, shared by the administrator's button (features/privacy/retention-data.ts, which checks the role), the
 * command line (scripts/gallring.ts, run by the operator) and the restore of a backup. Kept free
 * of the session and of 'server-only' so the command line can import it.
 *
 * What goes: every free text of a talk: the notes (the employee's preparation, the talk's notes,
 * the salary talk's assessment), and per activity the agreed comment, the next step and the
 * employee's own comment. What stays: the talk (date, kind, status, confirmations) and per activity
 * the agreed and the employee's own status, which the roll-ups and the history are made of.
 * A workplace meeting (APT) is not a talk about one person: its minutes and entries stay.
 */
export interface DisposalResult {
  municipalityId: number;
  years: number;
  cutoffDate: string;
  /** Notes older than the cut-off: removed, or in a dry run, those that would be. */
  notes: number;
  /** Comments, next steps and self comments of talks held before the cut-off: blanked, or would be. */
  entryTexts: number;
  /** Talks that held any of them; the talks themselves stay. */
  talks: number;
  dryRun: boolean;
}

export function talkNoteYearsOf(db: Db, municipalityId: number): number {
  const row = db.$client.prepare('SELECT talk_note_years AS years FROM retention_rules WHERE municipality_id = ?').get(municipalityId) as { years: number } | undefined;
  return row?.years ?? DEFAULT_TALK_NOTE_YEARS;
}

// Texts reach their municipality through the talk's unit. A note carries the moment it was
// written; an entry's texts have no time of their own and are as old as the talk they belong to.
const NOTES_BEFORE = `FROM confidential_notes n
  JOIN follow_up_events e ON e.id = n.event_id
  JOIN org_units u ON u.id = e.unit_id
  WHERE u.municipality_id = @municipalityId AND n.created_at < @cutoff`;
const ENTRY_TEXTS_BEFORE = `FROM follow_up_entries f
  JOIN follow_up_events e ON e.id = f.event_id
  JOIN org_units u ON u.id = e.unit_id
  WHERE u.municipality_id = @municipalityId AND e.kind <> 'workplace_meeting' AND e.held_on < @cutoffDate
    AND (f.comment IS NOT NULL OR f.next_step IS NOT NULL OR f.self_comment IS NOT NULL)`;

const TALKS_BEFORE = `SELECT n.event_id AS id ${NOTES_BEFORE} UNION SELECT f.event_id ${ENTRY_TEXTS_BEFORE}`;

/**
 * Removes the municipality's talk texts older than the cut-off, in one IMMEDIATE transaction,
 * and records the disposal (how many, the cut-off, never a text) in the audit log. The talks,
 * their statuses and the audit rows of earlier reads stay: the aggregates and the evidence of who
 * read what outlive the text. A dry run only counts. Running it again removes nothing more.
 */
export function disposeTalkTexts(db: Db, options: { municipalityId: number; now: Date; dryRun: boolean; actorPersonId: number | null; expectCutoffDate?: string; trigger?: 'restore' }): DisposalResult {
  const sql = db.$client;
  const measure = () => {
    const years = talkNoteYearsOf(db, options.municipalityId);
    const { cutoffDate, cutoffAt } = retentionCutoff(options.now, years);
    const params = { municipalityId: options.municipalityId, cutoff: Math.floor(cutoffAt.getTime() / 1000), cutoffDate };
    const notes = sql.prepare(`SELECT count(*) AS n ${NOTES_BEFORE}`).get(params) as { n: number };
    const entryTexts = sql.prepare(`SELECT coalesce(sum((f.comment IS NOT NULL) + (f.next_step IS NOT NULL) + (f.self_comment IS NOT NULL)), 0) AS n ${ENTRY_TEXTS_BEFORE}`).get(params) as { n: number };
    const talks = sql.prepare(`SELECT count(*) AS n FROM (${TALKS_BEFORE})`).get(params) as { n: number };
    return { years, cutoffDate, params, found: { notes: notes.n, entryTexts: entryTexts.n, talks: talks.n } };
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
      // A form still open on one of these talks must not write the removed texts back.
      sql.prepare(`UPDATE follow_up_events SET revision = revision + 1 WHERE id IN (${TALKS_BEFORE})`).run(params);
      const notes = sql.prepare(`DELETE FROM confidential_notes WHERE id IN (SELECT n.id ${NOTES_BEFORE})`).run(params).changes;
      sql.prepare(`UPDATE follow_up_entries SET comment = NULL, next_step = NULL, self_comment = NULL WHERE id IN (SELECT f.id ${ENTRY_TEXTS_BEFORE})`).run(params);
      const result = { municipalityId: options.municipalityId, years, cutoffDate, notes, entryTexts: found.entryTexts, talks: found.talks };
      writeAudit(tx, { actorPersonId: options.actorPersonId, action: 'talk_note.disposed', objectType: 'retention_rule', objectId: options.municipalityId, detail: { ...result, ...(options.trigger ? { trigger: options.trigger } : {}) } });
      return { ...result, dryRun: false };
    },
    { behavior: 'immediate' },
  );
}
