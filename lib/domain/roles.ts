/** The roles a person may hold, each scoped to an organisation unit where that matters. */
export const ROLES = [
  'employee', // medarbetare
  'unit_manager', // enhetschef / chef
  'administration_director', // förvaltningschef
  'municipal_director', // kommundirektör
  'board_member', // nämndledamot
  'board_secretary', // nämndsekreterare: records the board's goals and decisions
  'council_member', // KF-ledamot
  'administrator', // systemförvaltare
  'hr', // HR, where the municipality names one
] as const;
export type Role = (typeof ROLES)[number];
