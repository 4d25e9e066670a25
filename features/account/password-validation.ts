import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

/**
 * The password rules (NIST SP 800-63B): at least 8 characters, long passphrases welcome (up to
 * 256), no composition rules, but not one of the commonly used passwords (the 49 000 of the
 * zxcvbn-ts common list) and not built from the person's own e-mail address or name.
 */
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 256;

const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  const p = password.normalize('NFKC').toLowerCase();
  // "password1!", "Sommar2024" … a common word with a few digits or signs tacked on is no better.
  return COMMON.has(p) || COMMON.has(p.replace(/[\d\W_]+$/u, ''));
}

/** Whether the password is (or merely decorates) the person's e-mail, its local part or a name. */
export function isPersonalPassword(password: string, person: { email: string; names: readonly string[] }): boolean {
  const core = password
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\d\W_]+/gu, '');
  const local = person.email.toLowerCase().split('@')[0] ?? '';
  const parts = [person.email.toLowerCase(), local, local.replace(/[\d\W_]+/gu, ''), ...person.names.map((n) => n.toLowerCase()), person.names.join('').toLowerCase()].filter((p) => p.length >= 3);
  return parts.some((p) => core === p.replace(/[\d\W_]+/gu, '') || password.toLowerCase() === p);
}

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, 'validation.required').max(PASSWORD_MAX, 'password.tooLong'),
    newPassword: z
      .string()
      .min(PASSWORD_MIN, 'password.tooShort')
      .max(PASSWORD_MAX, 'password.tooLong')
      .refine((p) => !isCommonPassword(p), 'password.common'),
    repeatPassword: z.string().min(1, 'validation.required').max(PASSWORD_MAX, 'password.tooLong'),
  })
  .refine((d) => d.newPassword === d.repeatPassword, { message: 'password.mismatch', path: ['repeatPassword'] })
  .refine((d) => d.newPassword !== d.currentPassword, { message: 'password.same', path: ['newPassword'] });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
