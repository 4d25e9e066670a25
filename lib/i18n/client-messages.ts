type Messages = Record<string, unknown>;
type Parts = Record<string, true | string[]>;

/**
 * The parts of the catalogue that client components use (forms, their messages, status names).
 * Everything else is rendered on the server, so it need not travel with a page: sending the whole
 * catalogue made up half of a page's size, and rendering it into every page a good part of the
 * server's work per request.
 *
 * SHARED_PARTS go with every page (the header, the error page and every form's field messages);
 * an area's parts go only with the pages of that area, through its segment's layout
 * (components/i18n/area-messages.tsx).
 */
const SHARED_PARTS: Parts = { form: true, validation: true, status: true, nav: true, errors: true };

export const AREA_PARTS = {
  signIn: { signIn: true },
  assignments: { assignments: true },
  followUp: { followUp: true },
  planYears: { planYears: true },
  ruleSettings: { ruleSettings: ['form', 'validation'] },
  import: { import: true },
  plans: { plans: ['form', 'errors', 'saved'] },
  goals: { goals: ['form', 'indicatorForm', 'visionForm', 'validation', 'errors'] },
  retention: { retention: true },
  kolada: { kolada: ['fetch', 'fetching', 'result', 'errors'] },
  reports: { reports: ['form', 'errors'] },
  password: { password: true },
} satisfies Record<string, Parts>;

export type ClientArea = keyof typeof AREA_PARTS;

function pick(all: Messages, parts: Parts, into: Messages) {
  for (const [namespace, keys] of Object.entries(parts)) {
    const value = all[namespace];
    if (value === undefined) continue;
    if (keys === true) into[namespace] = value;
    else into[namespace] = Object.fromEntries(keys.filter((k) => (value as Messages)[k] !== undefined).map((k) => [k, (value as Messages)[k]]));
  }
  return into;
}

/** The messages a page of the area needs in the browser: the shared parts and the area's own. */
export function clientMessages(all: Messages, area?: ClientArea): Messages {
  const picked = pick(all, SHARED_PARTS, {});
  return area ? pick(all, AREA_PARTS[area], picked) : picked;
}
