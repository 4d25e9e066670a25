/**
 * What the log viewer shows of a row's detail JSON: numbers, yes/no and short codes, never free
 * text. Audit rows are not meant to hold talk notes, but some hold other free text (an
 * assignment's description, a goal's old title); the viewer is not the place to read those, and
 * if a note's text ever reached the log by mistake this keeps it off the screen.
 */
const FREE_TEXT_KEYS = /body|note|text|comment|description|minutes|statement|title|assessment/i;
const SHORT_CODE = /^[\w.:\-/ åäöÅÄÖ§]{1,40}$/;

export type DetailValue = string | number | boolean;

export function summariseDetail(detail: string | null): [string, DetailValue][] {
  if (!detail) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  const out: [string, DetailValue][] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'number' || typeof value === 'boolean') out.push([key, value]);
    else if (typeof value === 'string' && !FREE_TEXT_KEYS.test(key) && SHORT_CODE.test(value)) out.push([key, value]);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'number')) out.push([key, value.length > 10 ? `${value.slice(0, 10).join(', ')} …` : value.join(', ')]);
  }
  return out;
}
