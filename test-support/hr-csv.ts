import type Database from 'better-sqlite3';
import { FAMILY_NAMES, GIVEN_NAMES, asciiSlug } from '@/db/seed/names';
import { Random } from '@/db/seed/random';
import { KIND_LABELS } from '@/features/import/kinds';
import type { OrgUnitKind } from '@/lib/domain/org-units';

// HR files as an HR system exports them: semicolons, a byte order mark, CRLF line ends.
export const ORG_HEADER = ['Enhetskod', 'Enhetsnamn', 'Överordnad enhetskod', 'Typ', 'Chefens anställningsnummer'];
export const PEOPLE_HEADER = ['Anställningsnummer', 'Förnamn', 'Efternamn', 'E-post', 'Enhetskod', 'Chefens anställningsnummer', 'Anställd från', 'Anställd till', 'Befattning'];

const quote = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export function toCsv(header: string[], rows: (string | null)[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map((v) => quote(v ?? '')).join(';')).join('\r\n') + '\r\n';
}

export interface HrFiles {
  org: string;
  people: string;
}

/** The municipality's HR register as it stands in the database: importing it back changes nothing. */
export function exportFromDb(sqlite: Database.Database, municipalityId = 1): { org: (string | null)[][]; people: (string | null)[][] } {
  const org = sqlite
    .prepare(
      `SELECT u.code, u.name, p.code AS parentCode, u.kind,
              (SELECT pe.employee_number FROM role_assignments r JOIN people pe ON pe.id = r.person_id WHERE r.org_unit_id = u.id AND r.role = 'unit_manager' ORDER BY r.id LIMIT 1) AS chef
       FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id
       WHERE u.municipality_id = ? AND u.code IS NOT NULL AND u.closed_at IS NULL ORDER BY u.id`,
    )
    .all(municipalityId) as { code: string; name: string; parentCode: string | null; kind: OrgUnitKind; chef: string | null }[];
  const people = sqlite
    .prepare(
      `SELECT p.employee_number AS number, p.given_name AS given, p.family_name AS family, p.email, u.code AS unitCode, m.employee_number AS manager,
              (SELECT MIN(start_date) FROM employments f WHERE f.person_id = p.id) AS startDate, e.title
       FROM people p JOIN employments e ON e.person_id = p.id AND e.end_date IS NULL
       JOIN org_units u ON u.id = e.unit_id LEFT JOIN people m ON m.id = e.manager_person_id
       WHERE p.municipality_id = ? AND p.employee_number IS NOT NULL ORDER BY p.id`,
    )
    .all(municipalityId) as { number: string; given: string; family: string; email: string | null; unitCode: string; manager: string | null; startDate: string; title: string }[];
  return {
    org: org.map((u) => [u.code, u.name, u.parentCode, KIND_LABELS[u.kind] ?? u.kind, u.chef]),
    people: people.map((p) => [p.number, p.given, p.family, p.email, p.unitCode, p.manager, p.startDate, null, p.title]),
  };
}

/**
 * A made-up municipality of any size for measuring the import: one municipal office, eight
 * administrations, departments under them and units under those, each led by its first employee.
 * Codes (S…) and employee numbers (H…) do not collide with the demo's (E…, A…).
 */
export function synthetic(employees: number, units: number, seed = 1): HrFiles {
  const rng = new Random(seed);
  const org: (string | null)[][] = [];
  const chefs = new Map<string, string>();
  const people: (string | null)[][] = [];
  let n = 0;
  const hire = (unitCode: string, manager: string | null, title: string) => {
    n++;
    const number = `H${String(n).padStart(6, '0')}`;
    const given = rng.pick(GIVEN_NAMES);
    const family = rng.pick(FAMILY_NAMES);
    const start = `${rng.int(1995, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    people.push([number, given, family, `${asciiSlug(given)}.${asciiSlug(family)}.${n}@storstad.se`, unitCode, manager, start, null, title]);
    return number;
  };
  const addUnit = (code: string, name: string, parent: string | null, kind: OrgUnitKind, title: string) => {
    const chef = hire(code, parent === null ? null : chefs.get(parent)!, title);
    chefs.set(code, chef);
    org.push([code, name, parent, KIND_LABELS[kind]!, chef]);
  };
  addUnit('S0000', 'Stadsledningskontoret', null, 'municipal_office', 'Stadsdirektör');
  const administrations = Array.from({ length: 8 }, (_, i) => `S${String(i + 1).padStart(4, '0')}`);
  administrations.forEach((code, i) => addUnit(code, `Förvaltning ${i + 1}`, 'S0000', 'administration', 'Förvaltningschef'));
  const departmentCount = Math.max(8, Math.round(units / 20));
  const departments = Array.from({ length: departmentCount }, (_, i) => `S${String(100 + i).padStart(4, '0')}`);
  departments.forEach((code, i) => addUnit(code, `Avdelning ${i + 1}`, administrations[i % administrations.length]!, 'department', 'Avdelningschef'));
  const leafCount = Math.max(1, units - 1 - administrations.length - departments.length);
  const leaves = Array.from({ length: leafCount }, (_, i) => `S${String(1000 + i).padStart(5, '0')}`);
  leaves.forEach((code, i) => addUnit(code, `Enhet ${i + 1}; ${rng.pick(['skola', 'förskola', 'boende', 'hemtjänst', 'kontor'])}`, departments[i % departments.length]!, 'unit', 'Enhetschef'));
  while (n < employees) {
    const unit = leaves[rng.int(0, leaves.length - 1)]!;
    hire(unit, chefs.get(unit)!, rng.pick(['Lärare', 'Undersköterska', 'Handläggare', 'Förskollärare', 'Vårdbiträde']));
  }
  return { org: toCsv(ORG_HEADER, org), people: toCsv(PEOPLE_HEADER, people) };
}
