import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    personId?: number;
    sessionVersion?: number;
  }
  interface User {
    sessionVersion: number;
    /** Set only on a refused SSO sign-in, which never reaches a session. */
    ssoRefusal?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    personId?: number;
    sessionVersion?: number;
  }
}
