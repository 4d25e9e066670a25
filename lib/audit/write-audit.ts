import { auditLog } from '@/db/schema';
import type { Db } from '@/db/connection';

interface AuditEntry {
  actorPersonId: number | null;
  action: string;
  objectType?: string;
  objectId?: number;
  detail?: Record<string, unknown>;
  /** When it happened; now unless the change itself carries its moment (a fetch, a restore). */
  at?: Date;
}

/**
 * Writes one audit row; call it inside the same transaction as the change it records. The one
 * writer of the audit log, for the pages and for the command line alike: it takes its database as
 * an argument and knows nothing of sessions, so it is not server-only.
 */
export function writeAudit(db: Pick<Db, 'insert'>, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      at: entry.at ?? new Date(),
      actorPersonId: entry.actorPersonId,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .run();
}
