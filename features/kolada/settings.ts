import { z } from 'zod';

/** A Kolada municipality id: four digits ("0000" is the whole country). */
const KOLADA_MUNICIPALITY_ID = /^\d{4}$/;
export const NATIONAL_ID = '0000';

const group = z.array(z.string().regex(KOLADA_MUNICIPALITY_ID));

/**
 * The comparison group as stored (a JSON list). A malformed list is treated as empty rather than
 * breaking the goal page; the ids themselves must be four digits, and the municipality itself
 * and the national total are never part of its own comparison group.
 */
export function parseComparisonGroup(stored: string | null | undefined, ownId: string): string[] {
  if (!stored) return [];
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return [];
  }
  const parsed = group.safeParse(json);
  if (!parsed.success) return [];
  return [...new Set(parsed.data)].filter((id) => id !== ownId && id !== NATIONAL_ID);
}

/** Whom one fetch asks Kolada about: the municipality, the country, then the comparison group. */
export function municipalitiesToFetch(ownId: string, comparisonGroup: readonly string[]): string[] {
  return [...new Set([ownId, NATIONAL_ID, ...comparisonGroup])];
}
