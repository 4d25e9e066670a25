type Messages = Record<string, unknown>;

/**
 * The parts of the catalogue that client components use (forms, their messages, status names).
 * Everything else is rendered on the server, so it need not travel with every page: sending the
 * whole catalogue made up half of a page's size.
 */
const CLIENT_PARTS: Record<string, true | string[]> = {
  form: true,
  validation: true,
  status: true,
  nav: true,
  signIn: true,
  errors: true,
  assignments: true,
  followUp: true,
  planYears: true,
  dashboards: true,
  ruleSettings: ['form', 'validation'],
  import: true,
  plans: ['form', 'errors', 'saved'],
  goals: ['form', 'indicatorForm', 'visionForm', 'validation', 'errors'],
  retention: true,
  kolada: ['fetch', 'fetching', 'result', 'errors'],
  reports: ['form', 'errors'],
  password: true,
};

export function clientMessages(all: Messages): Messages {
  const picked: Messages = {};
  for (const [namespace, parts] of Object.entries(CLIENT_PARTS)) {
    const value = all[namespace];
    if (value === undefined) continue;
    if (parts === true) picked[namespace] = value;
    else picked[namespace] = Object.fromEntries(parts.filter((p) => (value as Messages)[p] !== undefined).map((p) => [p, (value as Messages)[p]]));
  }
  return picked;
}
