import type { Facts } from './facts';
import type { Role } from './session';

/**
 * Every page and route handler of the app (`find app -name page.tsx -o -name route.ts`, next-auth's
 * own route aside), each with a concrete URL built from the database's ids and the roles that may
 * read it. The table is the authorisation policy written out; the matrix asserts it against the
 * running server. 'public' means every role including anonymous; 'signedIn' every signed-in role.
 */
export type Allowed = 'public' | 'signedIn' | readonly Role[];

export interface ReadTarget {
  /** The file that serves it, so a new page without a row is noticed. */
  file: string;
  path: string;
  allowed: Allowed;
  /** Route handlers answer a download or JSON rather than a page. */
  kind: 'page' | 'route';
}

const MANAGERS = ['unitManager', 'otherUnitManager'] as const;
const LEADERS = ['administrationDirector', 'municipalDirector'] as const;
const POLITICIANS = ['boardMember', 'councilMember'] as const;
// An activity is edited on its own page only while its plan is a draft; the demo's plans are decided.
const NOBODY_ON_A_DECIDED_PLAN: readonly Role[] = [];
export const EMPLOYED = ['employee', 'colleague', 'otherEmployee', ...MANAGERS, ...LEADERS, 'administrator', 'hr'] as const;

export function readTargets(f: Facts): ReadTarget[] {
  const k = f.municipalityCode;
  return [
    { file: 'app/page.tsx', path: '/', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(auth)/logga-in/page.tsx', path: '/logga-in', allowed: 'public', kind: 'page' },
    { file: 'app/kommun/[kod]/page.tsx', path: `/kommun/${k}`, allowed: 'public', kind: 'page' },
    { file: 'app/oppna-data/[kod]/mal.json/route.ts', path: `/oppna-data/${k}/mal.json`, allowed: 'public', kind: 'route' },
    { file: 'app/oppna-data/[kod]/indikatorer.csv/route.ts', path: `/oppna-data/${k}/indikatorer.csv`, allowed: 'public', kind: 'route' },
    { file: 'app/oppna-data/[kod]/bedomningar.csv/route.ts', path: `/oppna-data/${k}/bedomningar.csv`, allowed: 'public', kind: 'route' },
    { file: 'app/api/health/route.ts', path: '/api/health', allowed: 'public', kind: 'route' },
    { file: 'app/(app)/admin/gallring/page.tsx', path: '/admin/gallring', allowed: ['administrator'], kind: 'page' },
    { file: 'app/(app)/admin/import/page.tsx', path: '/admin/import', allowed: ['administrator'], kind: 'page' },
    { file: 'app/(app)/admin/logg/page.tsx', path: '/admin/logg', allowed: ['administrator'], kind: 'page' },
    { file: 'app/(app)/apt/page.tsx', path: '/apt', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/apt/ny/page.tsx', path: '/apt/ny', allowed: MANAGERS, kind: 'page' },
    { file: 'app/(app)/apt/[id]/page.tsx', path: `/apt/${f.ownMeetingId}`, allowed: ['employee', 'colleague', 'unitManager'], kind: 'page' },
    { file: 'app/(app)/apt/[id]/page.tsx', path: `/apt/${f.otherMeetingId}`, allowed: ['otherEmployee', 'otherUnitManager'], kind: 'page' },
    { file: 'app/(app)/att-gora/page.tsx', path: '/att-gora', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/handlingsplaner/page.tsx', path: '/handlingsplaner', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/handlingsplaner/[id]/page.tsx', path: `/handlingsplaner/${f.ownPlanId}`, allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/handlingsplaner/[id]/page.tsx', path: `/handlingsplaner/${f.otherPlanId}`, allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/handlingsplaner/[id]/aktiviteter/[activityId]/page.tsx', path: `/handlingsplaner/${f.ownPlanId}/aktiviteter/${f.ownActivityId}`, allowed: NOBODY_ON_A_DECIDED_PLAN, kind: 'page' },
    { file: 'app/(app)/kolada/page.tsx', path: '/kolada', allowed: ['administrator'], kind: 'page' },
    { file: 'app/(app)/mal/page.tsx', path: '/mal', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/mal/[id]/page.tsx', path: `/mal/${f.goalId}`, allowed: 'signedIn', kind: 'page' },
    // The board's secretary records the board's goals, as the administration's director does.
    { file: 'app/(app)/mal/nytt/page.tsx', path: '/mal/nytt', allowed: [...LEADERS, 'boardSecretary', 'administrator'], kind: 'page' },
    { file: 'app/(app)/mal/vision/page.tsx', path: '/mal/vision', allowed: ['municipalDirector', 'administrator'], kind: 'page' },
    { file: 'app/(app)/min-styrkedja/page.tsx', path: '/min-styrkedja', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/mina-medarbetare/page.tsx', path: '/mina-medarbetare', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/mina-uppgifter/page.tsx', path: '/mina-uppgifter', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/mina-uppgifter/export/route.ts', path: '/mina-uppgifter/export', allowed: 'signedIn', kind: 'route' },
    { file: 'app/(app)/organisation/page.tsx', path: '/organisation', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/planar/page.tsx', path: '/planar', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/resultat/page.tsx', path: '/resultat', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/resultat/kf/page.tsx', path: '/resultat/kf', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/resultat/namnd/[id]/page.tsx', path: `/resultat/namnd/${f.boardId}`, allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/resultat/rapporter/page.tsx', path: '/resultat/rapporter', allowed: 'signedIn', kind: 'page' },
    // An approved report is a public document: everyone signed in reads it (drafts: report-cycle.spec).
    { file: 'app/(app)/resultat/rapporter/period/[periodId]/[bodyId]/page.tsx', path: `/resultat/rapporter/period/${f.reportPeriodId}/${f.reportBodyId}`, allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/resultat/rapporter/[id]/utskrift/page.tsx', path: `/resultat/rapporter/${f.reportId}/utskrift`, allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/resultat/rapporter/[id]/csv/route.ts', path: `/resultat/rapporter/${f.reportId}/csv`, allowed: 'signedIn', kind: 'route' },
    { file: 'app/(app)/resultat/rapporter/[id]/docx/route.ts', path: `/resultat/rapporter/${f.reportId}/docx`, allowed: 'signedIn', kind: 'route' },
    { file: 'app/(app)/resultat/rapporter/[id]/pdf/route.ts', path: `/resultat/rapporter/${f.reportId}/pdf`, allowed: 'signedIn', kind: 'route' },
    { file: 'app/(app)/resultat/regler/page.tsx', path: '/resultat/regler', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/samtal/page.tsx', path: '/samtal', allowed: 'signedIn', kind: 'page' },
    { file: 'app/(app)/samtal/[id]/page.tsx', path: `/samtal/${f.employeeTalkId}`, allowed: ['employee', 'unitManager', 'hr'], kind: 'page' },
    { file: 'app/(app)/uppdrag/[id]/page.tsx', path: `/uppdrag/${f.employeeAssignmentId}`, allowed: ['employee', 'unitManager'], kind: 'page' },
    { file: 'app/(app)/uppdrag/mitt/page.tsx', path: '/uppdrag/mitt', allowed: 'signedIn', kind: 'page' },
    // Every demo account signs in with a password; an SSO-only account gets 404 here.
    { file: 'app/(app)/konto/losenord/page.tsx', path: '/konto/losenord', allowed: 'signedIn', kind: 'page' },
  ];
}

/**
 * How each page and route handler keeps municipalities apart, the policy the tenant cases assert:
 * - 'byId': the address names an object (a talk, a plan, a board …): another municipality's id is
 *   a 404 for everyone, whatever their role at home;
 * - 'own': the address names nothing; the page shows the viewer's own municipality only, so it
 *   never carries a word of another's;
 * - 'public': open to all by the municipality's SCB code, and showing that municipality only.
 */
export type TenantRule = 'byId' | 'own' | 'public';

export const TENANT_RULES: Record<string, TenantRule> = {
  'app/page.tsx': 'own',
  'app/(auth)/logga-in/page.tsx': 'own',
  'app/kommun/[kod]/page.tsx': 'public',
  'app/oppna-data/[kod]/mal.json/route.ts': 'public',
  'app/oppna-data/[kod]/indikatorer.csv/route.ts': 'public',
  'app/oppna-data/[kod]/bedomningar.csv/route.ts': 'public',
  'app/api/health/route.ts': 'own',
  // A post only: the upload acts on the administrator's own municipality (tenant writes post it).
  'app/api/hr-import/route.ts': 'own',
  'app/(app)/admin/gallring/page.tsx': 'own',
  'app/(app)/admin/import/page.tsx': 'own',
  'app/(app)/admin/logg/page.tsx': 'own',
  'app/(app)/apt/page.tsx': 'own',
  'app/(app)/apt/ny/page.tsx': 'own',
  'app/(app)/apt/[id]/page.tsx': 'byId',
  'app/(app)/att-gora/page.tsx': 'own',
  'app/(app)/handlingsplaner/page.tsx': 'own',
  'app/(app)/handlingsplaner/[id]/page.tsx': 'byId',
  'app/(app)/handlingsplaner/[id]/aktiviteter/[activityId]/page.tsx': 'byId',
  'app/(app)/kolada/page.tsx': 'own',
  'app/(app)/mal/page.tsx': 'own',
  'app/(app)/mal/[id]/page.tsx': 'byId',
  'app/(app)/mal/nytt/page.tsx': 'own',
  'app/(app)/mal/vision/page.tsx': 'own',
  'app/(app)/min-styrkedja/page.tsx': 'own',
  'app/(app)/mina-medarbetare/page.tsx': 'own',
  'app/(app)/mina-uppgifter/page.tsx': 'own',
  'app/(app)/mina-uppgifter/export/route.ts': 'own',
  'app/(app)/organisation/page.tsx': 'own',
  'app/(app)/planar/page.tsx': 'own',
  'app/(app)/resultat/page.tsx': 'own',
  'app/(app)/resultat/kf/page.tsx': 'own',
  'app/(app)/resultat/namnd/[id]/page.tsx': 'byId',
  'app/(app)/resultat/rapporter/page.tsx': 'own',
  'app/(app)/resultat/rapporter/period/[periodId]/[bodyId]/page.tsx': 'byId',
  'app/(app)/resultat/rapporter/[id]/utskrift/page.tsx': 'byId',
  'app/(app)/resultat/rapporter/[id]/csv/route.ts': 'byId',
  'app/(app)/resultat/rapporter/[id]/docx/route.ts': 'byId',
  'app/(app)/resultat/rapporter/[id]/pdf/route.ts': 'byId',
  'app/(app)/resultat/regler/page.tsx': 'own',
  'app/(app)/samtal/page.tsx': 'own',
  'app/(app)/samtal/[id]/page.tsx': 'byId',
  'app/(app)/uppdrag/[id]/page.tsx': 'byId',
  'app/(app)/uppdrag/mitt/page.tsx': 'own',
  'app/(app)/konto/losenord/page.tsx': 'own',
};

/**
 * Route handlers that only take a post (no page to read): each is posted as every role with a
 * request that writes nothing when allowed. The HR upload's is a dry run of a one-unit file.
 */
export interface PostTarget {
  file: string;
  path: string;
  allowed: readonly Role[];
  body: () => FormData;
}

export const POST_TARGETS: PostTarget[] = [
  {
    file: 'app/api/hr-import/route.ts',
    path: '/api/hr-import',
    allowed: ['administrator'],
    body: () => {
      const form = new FormData();
      form.set('mode', 'preview');
      form.set('org', new File(['Enhetskod;Enhetsnamn;Överordnad enhetskod;Typ\r\nE9990;Provenhet;;Enhet\r\n'], 'org.csv', { type: 'text/csv' }));
      return form;
    },
  },
];

export function isAllowed(allowed: Allowed, role: Role): boolean {
  if (allowed === 'public') return true;
  if (allowed === 'signedIn') return role !== 'anonymous';
  return allowed.includes(role);
}

export { POLITICIANS };
