import { describe, expect, it } from 'vitest';
import { decideSsoMatch, identifierFromClaims, missingIdentifierReason, type SsoClaimSettings } from './sso-match';

const byEmail: SsoClaimSettings = { emailClaim: 'email', employeeNumberClaim: null, emailClaimIsVerified: false };
const byNumber: SsoClaimSettings = { emailClaim: 'email', employeeNumberClaim: 'employeeid', emailClaimIsVerified: false };
const verified = { email_verified: true };

describe('identifierFromClaims', () => {
  it('uses the e-mail claim, trimmed and lower-cased', () => {
    expect(identifierFromClaims({ sub: 'x', email: ' Anna.Berg@Sjovik.SE ', ...verified }, byEmail)).toEqual({ kind: 'email', value: 'anna.berg@sjovik.se' });
  });

  it('reads another claim only when the municipality has declared it verified (Entra ID upn)', () => {
    const settings = { emailClaim: 'preferred_username', employeeNumberClaim: null, emailClaimIsVerified: true };
    expect(identifierFromClaims({ preferred_username: 'anna@sjovik.se', email: 'privat@example.com' }, settings)).toEqual({ kind: 'email', value: 'anna@sjovik.se' });
    expect(identifierFromClaims({ preferred_username: 'anna@sjovik.se', email_verified: true }, { ...settings, emailClaimIsVerified: false })).toBeNull();
  });

  it('prefers the employee number when configured and present', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: ' 10042 ' }, byNumber)).toEqual({ kind: 'employee_number', value: '10042' });
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: 10042 }, byNumber)).toEqual({ kind: 'employee_number', value: '10042' });
  });

  it('falls back to the e-mail when the token lacks the employee number', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: '  ', ...verified }, byNumber)).toEqual({ kind: 'email', value: 'anna@sjovik.se' });
  });

  it('ignores the employee-number claim when none is configured', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: '10042', ...verified }, byEmail)).toEqual({ kind: 'email', value: 'anna@sjovik.se' });
  });

  it('finds nothing without a usable claim', () => {
    expect(identifierFromClaims({ sub: 'x' }, byEmail)).toBeNull();
    expect(identifierFromClaims({ email: '' }, byEmail)).toBeNull();
    expect(identifierFromClaims({ email: 'inte en adress' }, byEmail)).toBeNull();
    expect(identifierFromClaims({ email: ['anna@sjovik.se'] }, byEmail)).toBeNull();
  });

  it('trusts an address only when the provider says it is verified', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', email_verified: false }, byEmail)).toBeNull();
    for (const claim of [undefined, null, 'true', 1, 'yes', {}]) expect(identifierFromClaims({ email: 'admin@sjovik.se', email_verified: claim }, byEmail)).toBeNull();
    expect(identifierFromClaims({ email: 'admin@sjovik.se' }, byEmail)).toBeNull();
    expect(missingIdentifierReason({ email: 'admin@sjovik.se' }, byEmail)).toBe('unverified');
    expect(missingIdentifierReason({ sub: 'x' }, byEmail)).toBe('missing_claim');
    expect(identifierFromClaims({ email: 'anna@sjovik.se', email_verified: true }, byEmail)).toEqual({ kind: 'email', value: 'anna@sjovik.se' });
  });
});

describe('decideSsoMatch', () => {
  const active = { active: true, sessionVersion: 3 };
  const person = (personId: number, account: { active: boolean; sessionVersion: number } | null, current = true) => ({ personId, account, current });

  it('signs in the one person with an active account, carrying the session version', () => {
    expect(decideSsoMatch([person(7, active)])).toEqual({ ok: true, personId: 7, sessionVersion: 3 });
  });

  it('keeps an active account open after the employment ended, as a password sign-in does', () => {
    expect(decideSsoMatch([person(7, active, false)])).toEqual({ ok: true, personId: 7, sessionVersion: 3 });
  });

  it('counts a person found twice (account and person e-mail) once', () => {
    expect(decideSsoMatch([person(7, active), person(7, active)])).toEqual({ ok: true, personId: 7, sessionVersion: 3 });
  });

  it('refuses an unknown person', () => {
    expect(decideSsoMatch([])).toEqual({ ok: false, reason: 'unknown', personId: null });
  });

  it('refuses when two people share the identifier', () => {
    expect(decideSsoMatch([person(7, active), person(8, null)])).toEqual({ ok: false, reason: 'ambiguous', personId: null });
  });

  it('opens an account for a current person who has none', () => {
    expect(decideSsoMatch([person(7, null, true)])).toEqual({ ok: true, personId: 7, sessionVersion: null });
  });

  it('refuses a person without an account who is no longer current (a leaver)', () => {
    expect(decideSsoMatch([person(7, null, false)])).toEqual({ ok: false, reason: 'not_current', personId: 7 });
  });

  it('refuses a deactivated account, even for a current person', () => {
    expect(decideSsoMatch([person(7, { active: false, sessionVersion: 4 }, true)])).toEqual({ ok: false, reason: 'deactivated', personId: 7 });
  });
});
