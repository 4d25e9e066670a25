import type { z } from 'zod';

/**
 * The message key for a problem the schema has no message of its own for. The forms always send
 * every field as text, so this is reached only by a post that was not made by our forms (a field
 * missing altogether, a value of the wrong shape); the person still gets a message from the
 * catalogue, in their language, rather than the validator's built-in English.
 */
export function fallbackMessage(issue: z.core.$ZodRawIssue): string {
  if (issue.input === undefined || issue.input === null) return 'validation.required';
  if (issue.code === 'invalid_value') return 'validation.invalidChoice';
  if (issue.code === 'too_big') return 'validation.tooLong';
  if (issue.code === 'too_small') return 'validation.tooShort';
  return 'validation.invalidValue';
}

/** Parse options that put the fallback under every schema's own messages. */
export const withFallbackMessages = { error: fallbackMessage } as const;
