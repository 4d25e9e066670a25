import 'server-only';
import type { Db } from '@/db/connection';
import { NotFoundError } from '@/lib/errors';
import { ownMunicipality, canReadAuditLog, type Viewer } from '@/lib/permissions';
import { summariseDetail, type DetailValue } from '@/features/privacy/audit-detail';
import { auditTimeRange, decodeCursor, encodeCursor, type AuditFilter } from '@/features/privacy/validation';

const AUDIT_PAGE_SIZE = 50;

export interface AuditRowView {
  id: number;
  at: Date;
  actorPersonId: number | null;
  actorName: string | null;
  action: string;
  objectType: string | null;
  objectId: number | null;
  /** The person the row concerns, where the row says so (a talk's employee). */
  subjectPersonId: number | null;
  subjectName: string | null;
  detail: [string, DetailValue][];
}

interface RawRow {
  id: number;
  at: number;
  actorPersonId: number | null;
  actorGiven: string | null;
  actorFamily: string | null;
  action: string;
  objectType: string | null;
  objectId: number | null;
  subjectPersonId: number | null;
  subjectGiven: string | null;
  subjectFamily: string | null;
  detail: string | null;
}

const name = (given: string | null, family: string | null) => (given === null ? null : `${given} ${family ?? ''}`.trim());

/**
 * The person a filter names: a person id, an employee number or an e-mail address, in the
 * viewer's municipality. Null when nobody matches (the page says so instead of showing all rows).
 */
function resolvePerson(db: Db, municipalityId: number, query: string): { id: number; name: string } | null {
  const sql = db.$client;
  const q = query.trim();
  const select = 'SELECT p.id, p.given_name AS givenName, p.family_name AS familyName FROM people p';
  type Found = { id: number; givenName: string; familyName: string } | undefined;
  let found: Found;
  if (q.includes('@')) {
    found = sql.prepare(`${select} LEFT JOIN accounts a ON a.person_id = p.id WHERE p.municipality_id = ? AND (lower(p.email) = lower(?) OR a.email = lower(?)) LIMIT 1`).get(municipalityId, q, q) as Found;
  } else {
    found = sql.prepare(`${select} WHERE p.municipality_id = ? AND p.employee_number = ?`).get(municipalityId, q) as Found;
    if (!found && /^\d{1,12}$/.test(q)) found = sql.prepare(`${select} WHERE p.municipality_id = ? AND p.id = ?`).get(municipalityId, Number(q)) as Found;
  }
  return found ? { id: found.id, name: `${found.givenName} ${found.familyName}` } : null;
}

/**
 * One page of the audit log, newest first, for the administrator. Keyset pagination on (at, id):
 * each filter has an index ending in `at`, so a page costs the same on the millionth row as on the
 * first. Rows belong to the municipality of their actor; rows without an actor (a job run from
 * the command line) name their municipality in the detail.
 */
export async function listAuditLog(db: Db, viewer: Viewer, filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
  if (!canReadAuditLog(viewer, ownMunicipality(viewer))) throw new NotFoundError('Loggen');
  const person = filter.person ? resolvePerson(db, viewer.municipalityId, filter.person) : null;
  if (filter.person && !person) return { rows: [] as AuditRowView[], nextCursor: null, person: null, personNotFound: true };

  const where: string[] = [`(actor.municipality_id = @municipalityId OR (a.actor_person_id IS NULL AND json_extract(a.detail, '$.municipalityId') = @municipalityId))`];
  const params: Record<string, number | string> = { municipalityId: viewer.municipalityId, limit: pageSize + 1 };
  if (person) {
    // The same expression as the index audit_log_subject_idx, so the planner can use it.
    where.push(`(a.actor_person_id = @personId OR json_extract(a.detail, '$.employeePersonId') = @personId)`);
    params.personId = person.id;
  }
  if (filter.objectType) {
    where.push('a.object_type = @objectType');
    params.objectType = filter.objectType;
  }
  if (filter.objectId !== undefined) {
    where.push('a.object_id = @objectId');
    params.objectId = filter.objectId;
  }
  if (filter.action) {
    if (filter.action.includes('.')) {
      where.push('a.action = @action');
      params.action = filter.action;
    } else {
      // A whole area, e.g. "talk": an index range on the action's prefix.
      where.push(`a.action >= @actionFrom AND a.action < @actionTo`);
      params.actionFrom = `${filter.action}.`;
      params.actionTo = `${filter.action}/`; // '/' sorts right after '.'
    }
  }
  const { fromAt, beforeAt } = auditTimeRange(filter);
  if (fromAt) {
    where.push('a.at >= @fromAt');
    params.fromAt = Math.floor(fromAt.getTime() / 1000);
  }
  if (beforeAt) {
    where.push('a.at < @beforeAt');
    params.beforeAt = Math.floor(beforeAt.getTime() / 1000);
  }
  const cursor = decodeCursor(filter.after);
  if (cursor) {
    where.push('(a.at, a.id) < (@cursorAt, @cursorId)');
    params.cursorAt = cursor.atSeconds;
    params.cursorId = cursor.id;
  }

  const raw = db.$client
    .prepare(
      `SELECT a.id, a.at, a.actor_person_id AS actorPersonId, actor.given_name AS actorGiven, actor.family_name AS actorFamily,
              a.action, a.object_type AS objectType, a.object_id AS objectId,
              subject.id AS subjectPersonId, subject.given_name AS subjectGiven, subject.family_name AS subjectFamily, a.detail
       FROM audit_log a
       LEFT JOIN people actor ON actor.id = a.actor_person_id
       LEFT JOIN people subject ON subject.id = json_extract(a.detail, '$.employeePersonId') AND subject.municipality_id = @municipalityId
       WHERE ${where.join(' AND ')}
       ORDER BY a.at DESC, a.id DESC
       LIMIT @limit`,
    )
    .all(params) as RawRow[];

  const rows: AuditRowView[] = raw.slice(0, pageSize).map((r) => ({
    id: r.id,
    at: new Date(r.at * 1000),
    actorPersonId: r.actorPersonId,
    actorName: name(r.actorGiven, r.actorFamily),
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    subjectPersonId: r.subjectPersonId,
    subjectName: name(r.subjectGiven, r.subjectFamily),
    detail: summariseDetail(r.detail),
  }));
  const last = rows[rows.length - 1];
  return { rows, nextCursor: raw.length > pageSize && last ? encodeCursor(last) : null, person, personNotFound: false };
}
