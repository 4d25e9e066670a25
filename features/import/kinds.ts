import type { OrgUnitKind } from '@/lib/domain/org-units';

/** The Swedish names HR systems give the levels of the administrative organisation. */
export const KIND_NAMES: Record<string, OrgUnitKind> = {
  kommunledningskontor: 'municipal_office',
  kommunledningskontoret: 'municipal_office',
  förvaltning: 'administration',
  sektor: 'administration',
  avdelning: 'department',
  kontor: 'department',
  verksamhetsområde: 'department',
  enhet: 'unit',
  arbetsplats: 'workplace',
  arbetslag: 'workplace',
};

export const KIND_LABELS: Partial<Record<OrgUnitKind, string>> = {
  municipal_office: 'Kommunledningskontor',
  administration: 'Förvaltning',
  department: 'Avdelning',
  unit: 'Enhet',
  workplace: 'Arbetsplats',
};
