/**
 * An id typed into an address or a form: digits only, at most nine of them, and not zero.
 * Anything else is no id at all, so the page answers "not found" instead of handing odd text or a
 * number past SQLite's integers to a query.
 */
export function parseId(raw: string | null | undefined): number | null {
  if (raw == null || !/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}
