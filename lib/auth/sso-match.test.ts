import { describe, expect, it } from 'vitest';
import { decideSsoMatch, identifierFromClaims, type SsoClaimSettings } from './sso-match';

const byEmail: SsoClaimSettings = { emailClaim: 'email', employeeNumberClaim: null };
const byNumber: SsoClaimSettings = { emailClaim: 'email', employeeNumberClaim: 'employeeid' };

describe('identifierFromClaims', () => {
  it('uses the e-mail claim, trimmed and lower-cased', () => {
    expect(identifierFromClaims({ sub: 'x', email: ' Anna.Berg@Sjovik.SE ' }, byEmail)).toEqual({ kind: 'email', value: 'anna.berg@sjovik.se' });
  });

  it('reads another claim when configured (Entra ID upn)', () => {
    const settings = { emailClaim: 'preferred_username', employeeNumberClaim: null };
    expect(identifierFromClaims({ preferred_username: 'anna@sjovik.se', email: 'privat@example.com' }, settings)).toEqual({ kind: 'email', value: 'anna@sjovik.se' });
  });

  it('prefers the employee number when configured and present', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: ' 10042 ' }, byNumber)).toEqual({ kind: 'employee_number', value: '10042' });
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: 10042 }, byNumber)).toEqual({ kind: 'employee_number', value: '10042' });
  });

  it('falls back to the e-mail when the token lacks the employee number', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: '  ' }, byNumber)).toEqual({ kind: 'email', value: 'anna@sjovik.se' });
  });

  it('ignores the employee-number claim when none is configured', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', employeeid: '10042' }, byEmail)).toEqual({ kind: 'email', value: 'anna@sjovik.se' });
  });

  it('finds nothing without a usable claim', () => {
    expect(identifierFromClaims({ sub: 'x' }, byEmail)).toBeNull();
    expect(identifierFromClaims({ email: '' }, byEmail)).toBeNull();
    expect(identifierFromClaims({ email: 'inte en adress' }, byEmail)).toBeNull();
    expect(identifierFromClaims({ email: ['anna@sjovik.se'] }, byEmail)).toBeNull();
  });

  it('does not trust an address the provider marks as unverified', () => {
    expect(identifierFromClaims({ email: 'anna@sjovik.se', email_verified: false }, byEmail)).toBeNull();
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
