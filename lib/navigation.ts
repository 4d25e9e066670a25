import type { Role } from '@/lib/domain/roles';

export interface NavItem {
  href: string;
  /** Catalogue key of the link text. */
  label: string;
}

const MANAGING: Role[] = ['unit_manager', 'administration_director', 'municipal_director'];
const OFFICE: Role[] = ['administrator', 'municipal_director'];

/**
 * The links a person is offered, in the order of the steering chain: own work first, then the
 * plans and follow-up, then the whole municipality. Showing fewer links is not a permission:
 * every page and action checks access itself.
 */
export function navigationFor(roles: Role[]): NavItem[] {
  const has = (list: Role[]) => roles.some((r) => list.includes(r));
  return [
    { href: '/min-styrkedja', label: 'nav.lineOfSight' },
    { href: '/att-gora', label: 'nav.todo' },
    { href: '/mal', label: 'goals.nav' },
    { href: '/handlingsplaner', label: 'plans.nav' },
    { href: '/apt', label: 'nav.meetings' },
    { href: '/samtal', label: 'nav.talks' },
    ...(has(MANAGING) ? [{ href: '/mina-medarbetare', label: 'nav.team' }] : []),
    { href: '/resultat', label: 'dashboards.nav' },
    { href: '/organisation', label: 'nav.organisation' },
    ...(has(OFFICE) ? [{ href: '/planar', label: 'planYears.nav' }] : []),
    ...(has(['administrator']) ? [{ href: '/admin/import', label: 'import.nav' }] : []),
    ...(has(['administrator']) ? [{ href: '/admin/logg', label: 'auditLog.nav' }] : []),
    { href: '/mina-uppgifter', label: 'myData.nav' },
    ...(has(['administrator']) ? [{ href: '/kolada', label: 'kolada.nav' }] : []),
  ];
}
