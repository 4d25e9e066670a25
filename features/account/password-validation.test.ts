import { describe, expect, it } from 'vitest';
import { isCommonPassword, isPersonalPassword, passwordChangeSchema } from './password-validation';

const input = (newPassword: string, extra: Partial<Record<string, string>> = {}) => ({ currentPassword: 'gammalt-lösenord', newPassword, repeatPassword: newPassword, ...extra });
const errorsOf = (data: unknown) => {
  const r = passwordChangeSchema.safeParse(data);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('password policy', () => {
  it('accepts 8 characters and long passphrases up to 256', () => {
    expect(errorsOf(input('kvarn-7b'))).toEqual({});
    expect(errorsOf(input('en lång lösenfras om älgar i Sjöviks skogar '.repeat(2)))).toEqual({});
    expect(errorsOf(input('x'.repeat(64) + 'Q9'))).toEqual({});
    expect(errorsOf(input('ä'.repeat(256)))).toEqual({});
  });

  it('refuses too short and too long', () => {
    expect(errorsOf(input('kort7'))).toEqual({ newPassword: 'password.tooShort' });
    expect(errorsOf(input('a'.repeat(257)))).toMatchObject({ newPassword: 'password.tooLong' });
  });

  it('refuses common passwords, also with digits or signs tacked on', () => {
    for (const p of ['password', 'Password1', '12345678', 'qwertyuiop', 'iloveyou!', 'sunshine2024']) {
      expect(isCommonPassword(p), p).toBe(true);
      expect(errorsOf(input(p)).newPassword, p).toBeDefined();
    }
    expect(isCommonPassword('Styrkedjan-demo-2026')).toBe(false);
  });

  it('requires the repeat to match and the new one to differ from the current', () => {
    expect(errorsOf(input('kvarn-7b-ny', { repeatPassword: 'kvarn-7b-nY' }))).toEqual({ repeatPassword: 'password.mismatch' });
    expect(errorsOf(input('gammalt-lösenord'))).toEqual({ newPassword: 'password.same' });
    expect(errorsOf({ newPassword: 'kvarn-7b-ny' })).toMatchObject({ currentPassword: expect.any(String), repeatPassword: expect.any(String) });
  });

  it("refuses the person's own e-mail or name, decorated or not", () => {
    const person = { email: 'anna.berg@sjovik.se', names: ['Anna', 'Berglund'] };
    for (const p of ['anna.berg@sjovik.se', 'annaberg', 'Anna.Berg2026!', 'Berglund', 'berglund123', 'AnnaBerglund']) expect(isPersonalPassword(p, person), p).toBe(true);
    expect(isPersonalPassword('kvarn-7b-berg-ö', person)).toBe(false);
  });
});
