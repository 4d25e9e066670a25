import { createHash } from 'node:crypto';
import type { Db } from '@/db/connection';
import { writeAudit } from '@/lib/audit/write-audit';
import { todayInStockholm } from '@/lib/dates/stockholm-time';
import { planCounts, planImport } from './plan';
import { elevatedRolesOf } from './roles';
import { parseOrgFile, parsePeopleFile } from './rows';
import { applyImportPlan, loadImportState } from './store';
import type { ImportPlan } from './types';

export interface ImportFilesText {
  org: string | null;
  people: string | null;
}

interface ImportOutcome {
  applied: boolean;
  plan: ImportPlan;
  counts: ReturnType<typeof planCounts>;
  /** Identifies the uploaded content; the confirmation must carry the same. */
  contentHash: string;
  /** Identifies what the dry run showed; the real run refuses if its own plan differs. */
  planHash: string;
  ms: number;
}

/** The confirmation no longer matches the dry run: another file, or the database changed since. */
export class StalePreviewError extends Error {
  constructor() {
    super('Underlaget har ändrats sedan förhandsgranskningen. Gör en ny förhandsgranskning.');
    this.name = 'StalePreviewError';
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function contentHashOf(files: ImportFilesText): string {
  return sha256(`org\u0000${files.org ?? ''}\u0000people\u0000${files.people ?? ''}\u0000${files.org === null ? 0 : 1}${files.people === null ? 0 : 1}`);
}

function planFor(db: Db, municipalityId: number, files: ImportFilesText, today: string): ImportPlan {
  const org = files.org === null ? null : parseOrgFile(files.org);
  const people = files.people === null ? null : parsePeopleFile(files.people);
  return planImport(loadImportState(db.$client, municipalityId), { org, people }, today);
}

/**
 * A dry run (apply false) or a real run of the HR import. The real run plans again inside one
 * IMMEDIATE transaction, so nothing can change between the comparison and the writes, and records
 * one audit row with the counts. With `expectedPlanHash` it refuses unless it would do exactly
 * what the dry run showed. Access is the caller's business: the data access layer checks the
 * administrator role, the command-line tool is run by whoever runs the server.
 */
export function runImport(db: Db, options: { municipalityId: number; actorPersonId: number | null; files: ImportFilesText; apply: boolean; today?: string; expectedPlanHash?: string }): ImportOutcome {
  const started = performance.now();
  const today = options.today ?? todayInStockholm();
  const contentHash = contentHashOf(options.files);
  const finish = (plan: ImportPlan, applied: boolean): ImportOutcome => ({
    applied,
    plan,
    counts: planCounts(plan),
    contentHash,
    planHash: sha256(`${contentHash}\u0000${JSON.stringify(plan)}`),
    ms: Math.round(performance.now() - started),
  });
  if (!options.apply) return finish(planFor(db, options.municipalityId, options.files, today), false);

  return db.transaction(
    (tx) => {
      const plan = planFor(db, options.municipalityId, options.files, today);
      const outcome = finish(plan, true);
      if (options.expectedPlanHash !== undefined && outcome.planHash !== options.expectedPlanHash) throw new StalePreviewError();
      applyImportPlan(db.$client, options.municipalityId, plan);
      writeAudit(tx, {
        actorPersonId: options.actorPersonId,
        action: 'hr_import.apply',
        objectType: 'municipality',
        objectId: options.municipalityId,
        detail: { ...outcome.counts, contentHash, files: { org: options.files.org !== null, people: options.files.people !== null } },
      });
      // Who lost access beyond a plain employee's, one row each, so the log answers "when did they stop being HR".
      const revoked = [
        ...plan.people.ended.map((p) => ({ personId: p.personId, employeeNumber: p.employeeNumber, roles: elevatedRolesOf(p.rolesLost), reason: 'left' })),
        ...plan.people.created.filter((p) => p.returningPersonId !== null).map((p) => ({ personId: p.returningPersonId!, employeeNumber: p.row.employeeNumber, roles: elevatedRolesOf(p.rolesDropped), reason: 'returned' })),
      ].filter((r) => r.roles.length > 0);
      for (const r of revoked) {
        writeAudit(tx, { actorPersonId: options.actorPersonId, action: 'role.revoked_on_leaving', objectType: 'person', objectId: r.personId, detail: { employeeNumber: r.employeeNumber, roles: r.roles.join(' '), count: r.roles.length, reason: r.reason } });
      }
      return { ...outcome, ms: Math.round(performance.now() - started) };
    },
    { behavior: 'immediate' },
  );
}
