import type Database from 'better-sqlite3';
import type { Random } from './random';
import type { Preset } from './presets';
import type { BoardSpec, UnitType } from './content';

/** Everything the seed steps share. Ids are assigned here, not by SQLite, so no step has to read back. */
export interface SeedContext {
  sqlite: Database.Database;
  rng: Random;
  preset: Preset;
  municipalityId: number;
  /** Its name, SCB code and e-mail domain. */
  municipality: MunicipalityIdentity;
  /** The day the demo is "as of": talks after it are booked, not held. Fixed, so a seed is repeatable. */
  asOf: string;
  years: { previous: number; current: number };
  nextId: (table: string) => number;
}

export interface MunicipalityIdentity {
  name: string;
  shortName: string;
  scbCode: string;
  emailDomain: string;
}

/**
 * Ids per table, counted from `start` (exclusive). A second municipality counts from a start above
 * everything the first one used, so each municipality's ids are a range of their own.
 */
export function idCounter(start = 0): ((table: string) => number) & { highest: () => number } {
  const counters = new Map<string, number>();
  const next = (table: string) => {
    const id = (counters.get(table) ?? start) + 1;
    counters.set(table, id);
    return id;
  };
  return Object.assign(next, { highest: () => Math.max(start, ...counters.values()) });
}

/** A unit that has people employed in it, and so an action plan and assignments. */
export interface StaffedUnit {
  unitId: number;
  name: string;
  boardIndex: number;
  /** The person who leads the unit: their own assignment is agreed with their manager above. */
  managerPersonId: number;
  /** Everyone employed in the unit, the manager included. */
  memberPersonIds: number[];
  kind: 'municipal_office' | 'administration' | 'department' | 'unit';
  /** What kind of workplace a unit is (a school, a care home …); none for offices. */
  unitType?: UnitType;
}

export interface Employee {
  personId: number;
  unitId: number;
  managerPersonId: number;
  title: string;
}

export interface Organisation {
  councilId: number;
  boards: { spec: BoardSpec; boardId: number; administrationId: number; directorPersonId: number }[];
  staffedUnits: StaffedUnit[];
  employees: Employee[];
  municipalDirectorPersonId: number;
  executiveBoardChairPersonId: number;
  /** Politicians by body: council members, and members of each board (KS first). */
  councilMemberIds: number[];
  boardMemberIds: number[][];
  politicianCount: number;
  personName: (personId: number) => string;
  setEmail: (personId: number, email: string) => void;
}
