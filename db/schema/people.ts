import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, reference, timestamp, createdAt, isoDate } from './columns';
import { ROLES } from '../../lib/domain/roles';
import { municipalities, orgUnits } from './organisation';

export const people = sqliteTable(
  'people',
  {
    id: id(),
    municipalityId: reference(() => municipalities.id).notNull(),
    /** The HR system's employee number; politicians have none. */
    employeeNumber: text(),
    givenName: text().notNull(),
    familyName: text().notNull(),
    email: text(),
    title: text(),
  },
  (t) => [index('people_municipality_idx').on(t.municipalityId), uniqueIndex('people_employee_number_uq').on(t.municipalityId, t.employeeNumber), index('people_email_idx').on(t.email)],
);

/** A way to sign in. Everyone may have one; only some have a local password (the rest use SSO). */
export const accounts = sqliteTable(
  'accounts',
  {
    id: id(),
    personId: reference(() => people.id).notNull(),
    /** Lower-cased; the sign-in name. */
    email: text().notNull(),
    passwordHash: text(),
    active: integer({ mode: 'boolean' }).notNull().default(true),
    /** Raised on sign-out and deactivation: every session token carrying an older value is refused. */
    sessionVersion: integer().notNull().default(1),
    lastSignInAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('accounts_email_uq').on(t.email), uniqueIndex('accounts_person_uq').on(t.personId)],
);

/** Failed sign-ins per key ("account:<email>" or "ip:<address>"), used to slow down guessing. */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  // The time of the last counted failure; the column's older name is kept to spare a migration.
  lastFailureAt: integer('window_started_at', { mode: 'timestamp' }).notNull(),
  blockedUntil: timestamp(),
});

/** Where a person works and who their manager is. A person who left keeps the row with an end date. */
export const employments = sqliteTable(
  'employments',
  {
    id: id(),
    personId: reference(() => people.id).notNull(),
    unitId: reference(() => orgUnits.id).notNull(),
    managerPersonId: reference(() => people.id),
    title: text().notNull(),
    startDate: isoDate().notNull(),
    endDate: isoDate(),
  },
  (t) => [index('employments_person_idx').on(t.personId), index('employments_unit_idx').on(t.unitId), index('employments_manager_idx').on(t.managerPersonId)],
);

/** A person may hold several roles, each scoped to an organisation unit where that matters. */
export const roleAssignments = sqliteTable(
  'role_assignments',
  {
    id: id(),
    personId: reference(() => people.id).notNull(),
    role: text({ enum: ROLES }).notNull(),
    orgUnitId: reference(() => orgUnits.id),
    /** e.g. "ordförande", "ledamot", "ersättare" for politicians. */
    label: text(),
  },
  (t) => [index('role_assignments_person_idx').on(t.personId), index('role_assignments_org_unit_idx').on(t.orgUnitId, t.role)],
);
