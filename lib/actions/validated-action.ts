import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { withFallbackMessages } from '@/lib/actions/fallback-message';
import { requireViewer } from '@/lib/auth/viewer';
import { isUserFacing, RuleError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import type { FormState } from './form-state';

/**
 * FormData to a plain object: repeated names (checkbox groups, multi-selects) become arrays when
 * the name ends with "[]", e.g. `goalIds[]`.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const text = typeof value === 'string' ? value : '';
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      ((out[name] ??= []) as string[]).push(text);
    } else {
      out[key] = text;
    }
  }
  return out;
}

/** What was typed, to refill a rejected form; a group of choices comes back as "a,b,c" under "name[]". */
function typedValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).flatMap(([key, value]): [string, string][] => {
      if (typeof value === 'string') return [[key, value]];
      if (Array.isArray(value)) return [[`${key}[]`, value.join(',')]];
      return [];
    }),
  );
}

/**
 * The one wrapper for form actions: resolves the signed-in person, validates the input with the
 * form's own zod schema, and turns expected errors into messages. The action itself must still
 * check the role and ownership (in the data access layer); this wrapper only makes forgetting the
 * session or the validation impossible.
 */
export function validatedAction<S extends z.ZodType>(schema: S, action: (data: z.infer<S>, viewer: Viewer) => Promise<FormState | void>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const viewer = await requireViewer();
    const input = formDataToObject(formData);
    const parsed = schema.safeParse(input, withFallbackMessages);
    if (!parsed.success) {
      return { ok: false, message: 'form.invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState['fieldErrors'], values: typedValues(input) };
    }
    try {
      return (await action(parsed.data, viewer)) ?? { ok: true, message: 'form.saved' };
    } catch (err) {
      unstable_rethrow(err); // redirect() and notFound() are not errors
      if (err instanceof RuleError && err.field) {
        return { ok: false, message: 'form.invalid', fieldErrors: { [err.field]: [err.messageKey] }, values: typedValues(input) };
      }
      if (isUserFacing(err)) return { ok: false, message: err.messageKey, values: typedValues(input) };
      console.error('Oväntat fel i formulär', err);
      return { ok: false, message: 'form.generic', values: typedValues(input) };
    }
  };
}
