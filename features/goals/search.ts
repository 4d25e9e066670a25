/**
 * Search in goal codes and titles the way a Swedish reader expects: case-insensitive for å, ä, ö
 * (and é, ü in names), composed and decomposed letters alike, extra spaces ignored.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim();
}

export function matchesSearch(query: string, ...fields: (string | null | undefined)[]): boolean {
  const q = normaliseForSearch(query);
  if (!q) return true;
  return fields.some((f) => f != null && normaliseForSearch(f).includes(q));
}
