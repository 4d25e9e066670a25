import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Rätt lösenord 123');
    expect(await verifyPassword('Rätt lösenord 123', hash)).toBe(true);
    expect(await verifyPassword('rätt lösenord 123', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('uses scrypt with N=2^17, r=8, p=1 and a random salt', async () => {
    const a = await hashPassword('samma');
    const b = await hashPassword('samma');
    expect(a.split('$').slice(0, 4)).toEqual(['scrypt', String(2 ** 17), '8', '1']);
    expect(a).not.toBe(b);
  });

  it('treats unicode forms of the same password alike', async () => {
    const composed = 'Åsa'.normalize('NFC');
    const decomposed = 'Åsa'.normalize('NFD');
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$1$2$3$c2FsdA==$aGFzaA==')).toBe(false);
  });
});
