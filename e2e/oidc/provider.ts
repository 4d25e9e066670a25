/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a loopback port, standing in for the
 * municipality's Entra ID in the SSO end-to-end tests. Its development login form accepts any
 * password; the login name is the account id. Run: `npx tsx e2e/oidc/provider.ts` with
 *   OIDC_PORT            the port to listen on (127.0.0.1)
 *   OIDC_REDIRECT_URIS   comma-separated redirect URIs of the app (…/api/auth/callback/oidc)
 *   OIDC_EXTRA_USERS     optional JSON {login: {name, email?, employeeNumber?}} of further users
 * It prints "ready <issuer>" when listening.
 */
import Provider from 'oidc-provider';
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } from './client';

/** People the IdP knows. The first ones are demo people; the last is in no municipality's database. */
export interface OidcUser {
  name: string;
  /** Defaults to the login. */
  email?: string;
  employeeNumber?: string;
  /** What the provider says of the address: verified unless told otherwise; null leaves the claim out. */
  emailVerified?: boolean | null;
}

export const OIDC_USERS: Record<string, OidcUser> = {
  'medarbetare@sjovik.se': { name: 'Medarbetare i Sjövik' },
  'enhetschef@sjovik.se': { name: 'Enhetschef i Sjövik' },
  'obekant.person@sjovik.se': { name: 'Obekant Person' },
  // Someone who set the administrator's address on an account of their own, unverified.
  'kapare@idp.example.org': { name: 'Kapare', email: 'admin@sjovik.se', emailVerified: null },
  'kapare2@idp.example.org': { name: 'Kapare', email: 'admin@sjovik.se', emailVerified: false },
};

export function startProvider(port: number, redirectUris: string[], users: Record<string, OidcUser>) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx: unknown, id: string) {
      const user = users[id];
      if (!user) return undefined;
      return {
        accountId: id,
        async claims() {
          const verified = user.emailVerified === undefined ? true : user.emailVerified;
          return { sub: id, email: user.email ?? id, ...(verified === null ? {} : { email_verified: verified }), name: user.name, ...(user.employeeNumber ? { employeeid: user.employeeNumber } : {}) };
        },
      };
    },
    // Entra ID sends an employee number as an optional claim; here it comes with the profile scope.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'employeeid'] },
    // Like Entra ID, put the requested claims in the ID token itself (the app reads only that).
    conformIdTokenClaims: false,
    cookies: { keys: ['styrkedjan-e2e-cookie-key-0123456789'] },
    features: { devInteractions: { enabled: true } },
  });
  return new Promise<{ issuer: string; close: () => void }>((resolve) => {
    const server = provider.listen(port, '127.0.0.1', () => resolve({ issuer, close: () => server.close() }));
  });
}

const port = Number(process.env.OIDC_PORT);
if (port) {
  const redirectUris = (process.env.OIDC_REDIRECT_URIS ?? '').split(',').filter(Boolean);
  const extra = JSON.parse(process.env.OIDC_EXTRA_USERS ?? '{}') as Record<string, OidcUser>;
  startProvider(port, redirectUris, { ...OIDC_USERS, ...extra }).then(({ issuer }) => console.log(`ready ${issuer}`));
}
