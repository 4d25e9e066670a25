import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { authenticateWithPassword, endSessions, SignInError } from '@/lib/dal/authentication';
import { signInSchema } from '@/lib/validation/sign-in';

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return first || 'okänd';
}

/**
 * next-auth with short-lived JWT sessions. The token carries the account's session version; the
 * data access layer compares it with the database on every request, so sign-out and deactivation
 * take effect at once. An OIDC provider (Entra ID) is added to `providers` beside the credentials.
 */
export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: 'jwt', maxAge: env.sessionMaxAgeSeconds, updateAge: 15 * 60 },
  jwt: { maxAge: env.sessionMaxAgeSeconds },
  pages: { signIn: '/logga-in', error: '/logga-in' },
  providers: env.credentialsLogin
    ? [
        CredentialsProvider({
          id: 'credentials',
          name: 'Lösenord',
          credentials: { email: { type: 'email' }, password: { type: 'password' } },
          async authorize(credentials, req) {
            const parsed = signInSchema.safeParse(credentials);
            if (!parsed.success) return null;
            try {
              return await authenticateWithPassword(parsed.data.email, parsed.data.password, clientIp(req.headers));
            } catch (err) {
              // next-auth passes a thrown message on to the sign-in form as its error code.
              if (err instanceof SignInError && err.code === 'throttled') throw new Error('throttled');
              if (err instanceof SignInError) return null;
              throw err;
            }
          },
        }),
      ]
    : [],
  callbacks: {
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
