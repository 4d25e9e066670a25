import 'server-only';
import { auditLog } from '@/db/schema';
import type { Db } from '@/db/connection';

export interface AuditEntry {
  actorPersonId: number | null;
  action: string;
  objectType?: string;
  objectId?: number;
  detail?: Record<string, unknown>;
}

/** Writes one audit row; call it inside the same transaction as the change it records. */
export function writeAudit(db: Pick<Db, 'insert'>, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      at: new Date(),
      actorPersonId: entry.actorPersonId,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .run();
}
