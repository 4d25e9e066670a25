/** The kinds of unit in a municipality's tree, from the council down to a workplace. */
export const ORG_UNIT_KINDS = [
  'council', // kommunfullmäktige
  'executive_board', // kommunstyrelsen
  'board', // nämnd
  'committee', // utskott / beredning
  'municipal_office', // kommunledningskontoret, led by the kommundirektör
  'administration', // förvaltning / sektor
  'department', // avdelning / kontor
  'unit', // enhet
  'workplace', // arbetsplats: a school, a care home, a team
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** The two organisations of a municipality, which meet where a board is served by an administration. */
export const ORG_SIDES = ['political', 'administrative'] as const;
export type OrgSide = (typeof ORG_SIDES)[number];
