import fs from 'node:fs';
import Database from 'better-sqlite3';
import { emailOfRole, HOME_DOMAIN } from './session';
import type { DemoAccountKey } from '../../lib/demo-accounts';

/**
 * Ids and markers from the database the server under test uses, read (and, for markers and
 * account switches, written) through a connection of the test's own.
 */
export const databasePath = () => process.env.DATABASE_PATH ?? 'data/e2e.db';

export function openTestDb(readonly = true) {
  const db = new Database(databasePath(), { readonly, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  return db;
}

type Db = Database.Database;
const one = <T>(db: Db, sql: string, ...params: unknown[]) => {
  const row = db.prepare(sql).get(...params) as T | undefined;
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
};

export function personIdOf(db: Db, key: DemoAccountKey, domain = HOME_DOMAIN): number {
  return one<{ id: number }>(db, 'SELECT person_id AS id FROM accounts WHERE email = ?', emailOfRole(key, domain)).id;
}

export function unitOf(db: Db, personId: number): number {
  return one<{ id: number }>(db, 'SELECT unit_id AS id FROM employments WHERE person_id = ? ORDER BY id LIMIT 1', personId).id;
}

export interface Facts {
  municipalityId: number;
  municipalityCode: string;
  openYearId: number;
  employeeAssignmentId: number;
  employeeTalkId: number;
  ownPlanId: number;
  ownActivityId: number;
  otherPlanId: number;
  ownMeetingId: number;
  otherMeetingId: number;
  goalId: number;
  boardId: number;
  /** An approved report (the seed approves the passed periods' reports), with its period and body. */
  reportId: number;
  reportPeriodId: number;
  reportBodyId: number;
  /** The open year's annual report period: its reports are still being written. */
  annualPeriodId: number;
}

/** The ids of one municipality, found through its demo accounts' e-mail domain (Sjövik's unless told). */
export function readFacts(db: Db, domain = HOME_DOMAIN): Facts {
  const employee = personIdOf(db, 'employee', domain);
  const ownUnit = unitOf(db, employee);
  const otherUnit = unitOf(db, personIdOf(db, 'otherEmployee', domain));
  const municipality = one<{ id: number; code: string }>(db, 'SELECT m.id, m.scb_code AS code FROM municipalities m JOIN people p ON p.municipality_id = m.id WHERE p.id = ?', employee);
  const openYearId = one<{ id: number }>(db, `SELECT id FROM plan_years WHERE status = 'open' AND municipality_id = ? ORDER BY year DESC LIMIT 1`, municipality.id).id;
  const plan = (unit: number) => one<{ id: number }>(db, 'SELECT id FROM action_plans WHERE unit_id = ? AND plan_year_id = ? AND is_current = 1', unit, openYearId).id;
  const meeting = (unit: number) => one<{ id: number }>(db, `SELECT id FROM follow_up_events WHERE kind = 'workplace_meeting' AND unit_id = ? ORDER BY held_on DESC, id DESC LIMIT 1`, unit).id;
  const ownPlanId = plan(ownUnit);
  const boardMember = personIdOf(db, 'boardMember', domain);
  return {
    municipalityId: municipality.id,
    municipalityCode: municipality.code,
    openYearId,
    employeeAssignmentId: one<{ id: number }>(db, 'SELECT id FROM assignments WHERE person_id = ? AND plan_year_id = ?', employee, openYearId).id,
    employeeTalkId: one<{ id: number }>(db, `SELECT id FROM follow_up_events WHERE employee_person_id = ? AND kind = 'appraisal_talk' ORDER BY held_on DESC, id DESC LIMIT 1`, employee).id,
    ownPlanId,
    ownActivityId: one<{ id: number }>(db, 'SELECT id FROM activities WHERE plan_id = ? ORDER BY id LIMIT 1', ownPlanId).id,
    otherPlanId: plan(otherUnit),
    ownMeetingId: meeting(ownUnit),
    otherMeetingId: meeting(otherUnit),
    goalId: one<{ id: number }>(db, `SELECT id FROM goals WHERE plan_year_id = ? AND level = 'council' ORDER BY id LIMIT 1`, openYearId).id,
    boardId: one<{ id: number }>(db, `SELECT org_unit_id AS id FROM role_assignments WHERE person_id = ? AND role = 'board_member' ORDER BY org_unit_id LIMIT 1`, boardMember).id,
    ...(() => {
      const r = one<{ id: number; periodId: number; bodyId: number }>(db, `SELECT r.id, r.period_id AS periodId, r.org_unit_id AS bodyId FROM reports r JOIN org_units u ON u.id = r.org_unit_id WHERE r.status = 'approved' AND u.municipality_id = ? ORDER BY r.id LIMIT 1`, municipality.id);
      return { reportId: r.id, reportPeriodId: r.periodId, reportBodyId: r.bodyId };
    })(),
    annualPeriodId: one<{ id: number }>(db, `SELECT id FROM follow_up_periods WHERE plan_year_id = ? AND kind = 'annual'`, openYearId).id,
  };
}

/**
 * Row counts of every table: a denied or rejected write must leave all of them as they were. Every
 * write leaves an audit row, so updates show up in audit_log's count too; the access log of who
 * read talk notes ('….read') is written on reads, so it is left out of that count.
 */
export function rowCounts(db: Db): Record<string, number> {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'sign_in_throttle' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
  const count = (t: string) => (db.prepare(t === 'audit_log' ? `SELECT count(*) AS n FROM audit_log WHERE action NOT LIKE '%.read'` : `SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
  return Object.fromEntries(tables.map((t) => [t, count(t)]));
}

/** Which tables' counts differ between two snapshots. */
export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/**
 * A copy of the database before a spec that writes through the app (the fuzzing), and its
 * restoration afterwards, so the specs that follow meet the demo as seeded. The audit log is
 * append-only (triggers) and keeps its rows, as it would in production.
 */
export function copyDatabase(): string {
  const file = `${databasePath()}.before-fuzz`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const db = openTestDb();
  db.exec(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
  db.close();
  return file;
}

export function restoreDatabase(file: string) {
  const db = openTestDb(false);
  db.pragma('foreign_keys = OFF');
  db.exec(`ATTACH '${file.replace(/'/g, "''")}' AS saved`);
  const tables = (db.prepare(`SELECT name FROM saved.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' AND name NOT IN ('audit_log', '__drizzle_migrations')`).all() as { name: string }[]).map((t) => t.name);
  db.transaction(() => {
    for (const t of tables) {
      db.exec(`DELETE FROM main."${t}"; INSERT INTO main."${t}" SELECT * FROM saved."${t}";`);
    }
  }).immediate();
  db.exec('DETACH saved');
  db.close();
  fs.rmSync(file, { force: true });
}
