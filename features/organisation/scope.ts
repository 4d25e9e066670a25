import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { goals, orgUnits } from '@/db/schema';
import type { OrgUnitKind } from '@/lib/domain/org-units';

/**
 * A unit with the municipality it belongs to: the fact every rule about a unit is given. An id
 * that does not exist gives a municipality no viewer has, so every rule refuses it.
 */
export function unitFacts(db: Pick<Db, 'select'>, unitId: number): { unitId: number; municipalityId: number } {
  const row = db.select({ m: orgUnits.municipalityId }).from(orgUnits).where(eq(orgUnits.id, unitId)).get();
  return { unitId, municipalityId: row?.m ?? -1 };
}

interface ChainUnit {
  id: number;
  kind: OrgUnitKind;
  name: string;
  parentId: number | null;
}

/** A unit and every unit above it, nearest first (unit → department → administration → office). */
export function unitChain(db: Db, unitId: number): ChainUnit[] {
  return db.$client
    .prepare(
      `WITH RECURSIVE up(id, kind, name, parent_id, depth) AS (
         SELECT id, kind, name, parent_id, 0 FROM org_units WHERE id = ?
         UNION ALL
         SELECT o.id, o.kind, o.name, o.parent_id, up.depth + 1 FROM org_units o JOIN up ON o.id = up.parent_id WHERE up.depth < 12
       ) SELECT id, kind, name, parent_id AS parentId FROM up ORDER BY depth`,
    )
    .all(unitId) as ChainUnit[];
}

/** The administration (or the municipal office) a unit belongs to: the nearest such unit above it. */
export function administrationOf(chain: ChainUnit[]): ChainUnit | undefined {
  return chain.find((u) => u.kind === 'administration') ?? chain.find((u) => u.kind === 'municipal_office');
}

/** The board served by an administration (KS for the municipal office). */
export function boardServedBy(db: Db, administrationId: number): number | undefined {
  return db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.servedByUnitId, administrationId)).get()?.id;
}

/**
 * The goals an activity of this unit may serve in a plan year: those of its own administration and
 * of the board that administration serves. Another administration's goals are not its to choose.
 */
export function goalIdsOfUnitChain(db: Db, unitId: number, planYearId: number): number[] {
  const administration = administrationOf(unitChain(db, unitId));
  if (!administration) return [];
  const owners = [administration.id];
  const board = boardServedBy(db, administration.id);
  if (board) owners.push(board);
  return db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.planYearId, planYearId), inArray(goals.ownerUnitId, owners)))
    .all()
    .map((g) => g.id);
}
