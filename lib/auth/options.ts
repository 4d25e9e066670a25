import 'server-only';
import type { NextAuthOptions, User } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { sessionCookie } from '@/lib/security/session-cookie';
import { safeCallbackPath } from './callback-url';
import { authenticateWithPassword, endSessions } from '@/lib/auth/authentication';
import { authenticateWithSso } from '@/lib/auth/sso-authentication';
import { authorizeCredentials } from './authorize-credentials';

/** The provider id: the redirect URI to register at the IdP is <NEXTAUTH_URL>/api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = 'oidc';

/**
 * The municipality's OIDC provider (Entra ID or any other). The person is looked up when the ID
 * token's claims arrive; a refused sign-in still yields a "user" that carries only the reason, and
 * the signIn callback turns it into a redirect to the sign-in page before any session is made.
 */
function ssoProvider(sso: NonNullable<typeof env.sso>): OAuthConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: sso.buttonLabel,
    type: 'oauth',
    wellKnown: `${sso.issuer}/.well-known/openid-configuration`,
    issuer: sso.issuer,
    clientId: sso.clientId,
    clientSecret: sso.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile(claims): User {
      const result = authenticateWithSso(claims, { ...sso.claims, municipalityCode: sso.municipalityCode }, SSO_PROVIDER_ID);
      if (result.ok) return result.user;
      return { id: `refused:${result.reason}`, sessionVersion: 0, ssoRefusal: result.reason };
    },
  };
}

const credentialsProvider = CredentialsProvider({
  id: 'credentials',
  name: 'Lösenord',
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  authorize(credentials, req) {
    return authorizeCredentials(credentials, req.headers, {
      authenticate: authenticateWithPassword,
      logFault: (err) => console.error('Oväntat fel vid inloggning', err),
    });
  },
});

/**
 * next-auth with short-lived JWT sessions. The token carries the account's session version; the
 * data access layer compares it with the database on every request, so sign-out and deactivation
 * take effect at once. Password and SSO sign-ins produce the same token content.
 */
export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: 'jwt', maxAge: env.sessionMaxAgeSeconds, updateAge: 15 * 60 },
  jwt: { maxAge: env.sessionMaxAgeSeconds },
  // Named by us, so that whoever reads the session cookie reads it by the same definition.
  cookies: { sessionToken: sessionCookie(env.authUrl) },
  pages: { signIn: '/logga-in', error: '/logga-in' },
  // Without the credentials provider its endpoint refuses every attempt.
  providers: [...(env.credentialsLogin ? [credentialsProvider] : []), ...(env.sso ? [ssoProvider(env.sso)] : [])],
  callbacks: {
    // The same rule as the sign-in page: back to a path on this site, never to another host.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
    signIn({ user }) {
      if (user.ssoRefusal) return `/logga-in?error=sso_${user.ssoRefusal}`;
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        token.personId = Number(user.id);
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.personId = token.personId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
  events: {
    signOut({ token }) {
      if (token?.personId) endSessions(token.personId, 'sign_out');
    },
  },
};
