/** The class names that apply, in order; a condition that does not hold leaves its name out. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
