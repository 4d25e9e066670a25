import 'server-only';
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { orgUnits, people, roleAssignments } from '@/db/schema';
import type { OrgSide, OrgUnitKind } from '@/lib/domain/org-units';
import type { Role } from '@/lib/domain/roles';
import { canViewOrganisation, ownMunicipality, type Viewer } from '@/lib/permissions';
import { NotFoundError } from '@/lib/errors';
import { staffCounts } from '@/features/organisation/staff';

export interface OrgNode {
  id: number;
  kind: OrgUnitKind;
  side: OrgSide;
  name: string;
  shortName: string | null;
  parentId: number | null;
  servedByUnitId: number | null;
  head: { name: string; title: string } | null;
  memberCount: number;
  staffCount: number;
  childCount: number;
}

const TOP_KINDS: OrgUnitKind[] = ['council', 'executive_board', 'board', 'committee', 'municipal_office', 'administration'];
/** Who leads a unit of each kind, for the name shown on its card. */
const HEAD_ROLE: Partial<Record<OrgUnitKind, Role>> = {
  council: 'council_member',
  executive_board: 'board_member',
  board: 'board_member',
  municipal_office: 'municipal_director',
  administration: 'administration_director',
  department: 'unit_manager',
  unit: 'unit_manager',
  workplace: 'unit_manager',
};
/** At most this many units are opened at once; the chart stays readable and the page small. */
const MAX_EXPANDED = 20;

/**
 * The organisation chart down to administration level, plus the children of the units the reader
 * chose to open. Nothing below is loaded until asked for: at 3,000 units the full tree would be
 * neither readable nor fast.
 */
export async function getOrganisationChart(db: Db, viewer: Viewer, expandedInput: number[]) {
  if (!canViewOrganisation(viewer, ownMunicipality(viewer))) throw new NotFoundError('Organisationen');
  const expanded = [...new Set(expandedInput.filter((n) => Number.isSafeInteger(n) && n > 0))].slice(0, MAX_EXPANDED);

  const top = db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, viewer.municipalityId), inArray(orgUnits.kind, TOP_KINDS), isNull(orgUnits.closedAt)))
    .orderBy(orgUnits.sortOrder)
    .all();
  const children = expanded.length
    ? db
        .select()
        .from(orgUnits)
        .where(and(eq(orgUnits.municipalityId, viewer.municipalityId), inArray(orgUnits.parentId, expanded), isNull(orgUnits.closedAt)))
        .orderBy(orgUnits.sortOrder, orgUnits.name)
        .all()
    : [];
  const units = [...top, ...children.filter((c) => !top.some((t) => t.id === c.id))];
  const ids = units.map((u) => u.id);

  // Administrations are always on the chart beside their board, so they are not counted as hidden children.
  const childCounts = new Map(
    db
      .select({ parentId: orgUnits.parentId, n: count() })
      .from(orgUnits)
      .where(and(inArray(orgUnits.parentId, ids), isNull(orgUnits.closedAt), sql`${orgUnits.kind} <> 'administration'`))
      .groupBy(orgUnits.parentId)
      .all()
      .map((r) => [r.parentId, r.n]),
  );
  const staff = staffCounts(db, ids);
  const roleRows = db
    .select({ orgUnitId: roleAssignments.orgUnitId, role: roleAssignments.role, label: roleAssignments.label, given: people.givenName, family: people.familyName, title: people.title })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(inArray(roleAssignments.orgUnitId, ids), sql`${roleAssignments.role} <> 'employee'`))
    .all();

  const nodes: OrgNode[] = units.map((u) => {
    const headRole = HEAD_ROLE[u.kind];
    const mine = roleRows.filter((r) => r.orgUnitId === u.id);
    const political = u.side === 'political';
    const head = political ? mine.find((r) => r.role === headRole && r.label === 'ordförande') : mine.find((r) => r.role === headRole);
    return {
      id: u.id,
      kind: u.kind,
      side: u.side,
      name: u.name,
      shortName: u.shortName,
      parentId: u.parentId,
      servedByUnitId: u.servedByUnitId,
      head: head ? { name: `${head.given} ${head.family}`, title: political ? 'Ordförande' : (head.title ?? '') } : null,
      memberCount: political ? mine.filter((r) => r.role === headRole).length : 0,
      staffCount: staff.get(u.id) ?? 0,
      childCount: childCounts.get(u.id) ?? 0,
    };
  });
  return { nodes, expanded };
}
