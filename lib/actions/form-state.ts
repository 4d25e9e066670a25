/**
 * What a server action returns to its form. Messages are catalogue keys, translated where they
 * are shown, so the same action serves any language.
 */
export interface FormState {
  ok: boolean;
  /** A message for the whole form (e.g. "form.conflict"). */
  message?: string;
  /** Per field: catalogue keys of the messages to show next to it. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed, so a rejected form keeps its input. */
  values?: Record<string, string>;
}

export const initialFormState: FormState = { ok: false };
