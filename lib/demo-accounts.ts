/**
 * The demo municipality's sign-in accounts, one per role. Only used when the app runs in demo mode
 * (STYRKEDJAN_DEMO=1); a real municipality's people come from its HR system and sign in via SSO.
 */
export const DEMO_PASSWORD = 'Styrkedjan-demo-2026';

export const DEMO_ACCOUNTS = [
  { key: 'employee', email: 'medarbetare@sjovik.se', roleLabel: 'Medarbetare' },
  { key: 'colleague', email: 'kollega@sjovik.se', roleLabel: 'Medarbetare, samma enhet' },
  { key: 'otherEmployee', email: 'medarbetare2@sjovik.se', roleLabel: 'Medarbetare, annan förvaltning' },
  { key: 'unitManager', email: 'enhetschef@sjovik.se', roleLabel: 'Enhetschef' },
  { key: 'otherUnitManager', email: 'enhetschef2@sjovik.se', roleLabel: 'Enhetschef, annan förvaltning' },
  { key: 'administrationDirector', email: 'forvaltningschef@sjovik.se', roleLabel: 'Förvaltningschef' },
  { key: 'municipalDirector', email: 'kommundirektor@sjovik.se', roleLabel: 'Kommundirektör' },
  { key: 'boardMember', email: 'namndledamot@sjovik.se', roleLabel: 'Nämndledamot' },
  { key: 'councilMember', email: 'kf-ledamot@sjovik.se', roleLabel: 'KF-ledamot' },
  { key: 'administrator', email: 'admin@sjovik.se', roleLabel: 'Administratör' },
  { key: 'hr', email: 'hr@sjovik.se', roleLabel: 'HR (läser samtalsanteckningar)' },
  { key: 'boardSecretary', email: 'namndsekreterare@sjovik.se', roleLabel: 'Nämndsekreterare (BUN)' },
] as const;

export type DemoAccountKey = (typeof DEMO_ACCOUNTS)[number]['key'];

/** The same demo account in another demo municipality: the same name before the @, its own domain. */
export function demoEmail(key: DemoAccountKey, domain: string): string {
  const email = DEMO_ACCOUNTS.find((a) => a.key === key)!.email;
  return `${email.slice(0, email.indexOf('@'))}@${domain}`;
}
