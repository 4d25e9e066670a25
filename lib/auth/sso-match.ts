/**
 * Who an OIDC sign-in is. The identity provider vouches for a claim (e-mail or employee number);
 * the person must already exist here (from the HR import or the administrator). No person is ever
 * created from a token. A person who has no account yet gets a password-less one at their first
 * SSO sign-in, but only while they are current (an ongoing employment, or for a politician a
 * role): a municipality of 3,000 employees should not have to open every account by hand,
 * and a leaver never gains access that way. A deactivated account always keeps the person out.
 */

export interface SsoClaimSettings {
  /** The claim holding the e-mail address (`email`; Entra ID may use `preferred_username` or `upn`). */
  emailClaim: string;
  /** The claim holding the HR employee number, if the IdP sends one. */
  employeeNumberClaim: string | null;
  /**
   * The e-mail claim is one the municipality's directory sets and its users cannot change (Entra
   * ID's `upn` in the municipality's own tenant), so it needs no `email_verified` beside it.
   */
  emailClaimIsVerified: boolean;
}

export type SsoIdentifier = { kind: 'email'; value: string } | { kind: 'employee_number'; value: string };

export const SSO_REFUSALS = ['missing_claim', 'unverified', 'unknown', 'ambiguous', 'not_current', 'deactivated'] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

/** A person the identifier points at, with their account if they have one. */
export interface SsoCandidate {
  personId: number;
  account: { active: boolean; sessionVersion: number } | null;
  /** An ongoing employment; for someone never employed here (a politician), a role assignment. */
  current: boolean;
}

/** `sessionVersion: null` means: open the person's account now (it starts at version 1). */
export type SsoDecision = { ok: true; personId: number; sessionVersion: number | null } | { ok: false; reason: SsoRefusal; personId: number | null };

function claimText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The identifier to look the person up by. A configured employee-number claim wins when the token
 * carries it; otherwise the e-mail claim, lower-cased as accounts store it, but only an address
 * the provider vouches for: `email` with `email_verified: true`, or a claim the municipality has
 * declared verified. An unverified address could be anyone's, an administrator's included.
 */
export function identifierFromClaims(claims: Record<string, unknown>, settings: SsoClaimSettings): SsoIdentifier | null {
  if (settings.employeeNumberClaim) {
    const number = claimText(claims[settings.employeeNumberClaim]);
    if (number) return { kind: 'employee_number', value: number };
  }
  const email = claimText(claims[settings.emailClaim])?.toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) return null;
  const verified = settings.emailClaimIsVerified || (settings.emailClaim === 'email' && claims.email_verified === true);
  if (!verified) return null;
  return { kind: 'email', value: email };
}

/** Why a token gave no identifier: an address the provider does not vouch for, or none at all. */
export function missingIdentifierReason(claims: Record<string, unknown>, settings: SsoClaimSettings): 'unverified' | 'missing_claim' {
  const email = claimText(claims[settings.emailClaim]);
  return email && /^[^\s@]+@[^\s@]+$/.test(email) ? 'unverified' : 'missing_claim';
}

/** Exactly one person, with an active account or current enough to get one; every other case is refused with its reason. */
export function decideSsoMatch(candidates: readonly SsoCandidate[]): SsoDecision {
  const byPerson = new Map(candidates.map((c) => [c.personId, c]));
  if (byPerson.size === 0) return { ok: false, reason: 'unknown', personId: null };
  // Two people behind one address or number (e.g. the same employee number in two municipalities):
  // guessing would sign in as the wrong person.
  if (byPerson.size > 1) return { ok: false, reason: 'ambiguous', personId: null };
  const [only] = byPerson.values();
  if (!only) return { ok: false, reason: 'unknown', personId: null };
  if (!only.account) return only.current ? { ok: true, personId: only.personId, sessionVersion: null } : { ok: false, reason: 'not_current', personId: only.personId };
  if (!only.account.active) return { ok: false, reason: 'deactivated', personId: only.personId };
  return { ok: true, personId: only.personId, sessionVersion: only.account.sessionVersion };
}
