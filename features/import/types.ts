import type { OrgUnitKind } from '@/lib/domain/org-units';
import type { Role } from '@/lib/domain/roles';

export type ImportFileKind = 'org' | 'people';

/**
 * Why a row was not imported. `code` is a key under `import.errors` in the message catalogue;
 * `line` is null for a problem that belongs to no row (an empty file, a unit left with staff).
 */
type RowErrorCode =
  | 'unreadable'
  | 'empty'
  | 'missingColumn'
  | 'columnCount'
  | 'missingField'
  | 'badEmail'
  | 'badDate'
  | 'endBeforeStart'
  | 'unknownKind'
  | 'duplicateCode'
  | 'duplicateEmployeeNumber'
  | 'duplicateEmail'
  | 'emailTaken'
  | 'unknownParent'
  | 'parentCycle'
  | 'nameTaken'
  | 'unknownUnit'
  | 'unknownManager'
  | 'managerCycle'
  | 'unknownChef'
  | 'unitHasStaff';

export interface RowError {
  file: ImportFileKind;
  line: number | null;
  code: RowErrorCode;
  params?: Record<string, string | number>;
}

/** A unit row of the organisation file, its fields checked one by one. */
export interface OrgRow {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
  kind: OrgUnitKind;
  /** The unit manager's employee number; undefined when the file has no such column. */
  chefNumber?: string | null;
}

/** An employee row of the people file, its fields checked one by one. */
export interface PersonRow {
  line: number;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  email: string | null;
  unitCode: string;
  managerNumber: string | null;
  startDate: string;
  endDate: string | null;
  /** Undefined when the file has no title column: titles are then left as they are. */
  title?: string;
}

/** The database as the import sees it, read in one go before the comparison. */
export interface CurrentUnit {
  id: number;
  code: string | null;
  name: string;
  parentId: number | null;
  kind: OrgUnitKind;
  closed: boolean;
  /** People holding the unit_manager role for the unit. */
  managerPersonIds: number[];
}

export interface CurrentPerson {
  id: number;
  employeeNumber: string | null;
  givenName: string;
  familyName: string;
  email: string | null;
  title: string | null;
  /** The open employment (no end date), if any. */
  current: { employmentId: number; unitId: number; managerPersonId: number | null; startDate: string; title: string } | null;
  /** Where the current unbroken run of employments began: the "employed from" of an HR file. */
  runStart: { employmentId: number; startDate: string } | null;
  account: { id: number; email: string; active: boolean } | null;
  /** Every role the person holds now, each once. */
  roles: Role[];
}

export interface ImportState {
  units: CurrentUnit[];
  people: CurrentPerson[];
  /** Units where someone outside the HR register (no employee number) is employed now. */
  unitsWithOtherStaff: Set<number>;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface UnitCreate {
  line: number;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentCode: string | null;
  chefNumber?: string | null;
}

export interface UnitChange {
  line: number;
  unitId: number;
  code: string;
  name: string;
  changes: FieldChange[];
  target: { name: string; kind: OrgUnitKind; parentCode: string | null; reopen: boolean };
  /** The new unit manager when the file names one and it differs; null to remove. */
  chefNumber?: string | null;
}

export interface UnitClose {
  unitId: number;
  code: string;
  name: string;
}

export interface PersonCreate {
  line: number;
  row: PersonRow;
  /** Set when a former employee returns: the person keeps their history and gets a new employment. */
  returningPersonId: number | null;
  /** Employment roles a returning person still holds from before: removed, they start as a plain employee. */
  rolesDropped: Role[];
}

export interface PersonChange {
  line: number;
  personId: number;
  employeeNumber: string;
  name: string;
  changes: FieldChange[];
  row: PersonRow;
  /** The employment whose start is the file's "employed from" (the first of the unbroken run). */
  startEmploymentId: number | null;
}

export interface PersonEnd {
  /** The row with a passed end date, or null when the person is absent from the file. */
  line: number | null;
  personId: number;
  employeeNumber: string;
  name: string;
  endDate: string;
  /** The roles that end with the employment (every role but a politician's). */
  rolesLost: Role[];
}

export interface ImportPlan {
  today: string;
  units: { created: UnitCreate[]; changed: UnitChange[]; moved: UnitChange[]; closed: UnitClose[]; unchanged: number };
  people: { created: PersonCreate[]; changed: PersonChange[]; moved: PersonChange[]; ended: PersonEnd[]; unchanged: number };
  errors: RowError[];
}
