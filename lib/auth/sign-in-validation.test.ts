import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signInSchema } from './sign-in-validation';

const fieldErrors = (input: unknown) => {
  const result = signInSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('sign-in input', () => {
  it('accepts an e-mail and a password, trimming the e-mail', () => {
    expect(signInSchema.parse({ email: ' anna@sjovik.se ', password: 'x' })).toEqual({ email: 'anna@sjovik.se', password: 'x' });
  });

  it('names the message key of each missing field', () => {
    expect(fieldErrors({ email: '', password: '' })).toEqual({
      email: ['signIn.errors.emailRequired'],
      password: ['signIn.errors.passwordRequired'],
    });
  });

  it('refuses something that is not an e-mail address', () => {
    expect(fieldErrors({ email: 'anna', password: 'x' }).email).toEqual(['signIn.errors.emailInvalid']);
  });

  it('refuses wrong types without throwing', () => {
    expect(Object.keys(fieldErrors({ email: 42, password: null }))).toEqual(['email', 'password']);
  });
});
