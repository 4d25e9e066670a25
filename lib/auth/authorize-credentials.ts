import type { User } from 'next-auth';
import { CLIENT_ADDRESS_HEADER, normaliseAddress, SERVER_SETS_CLIENT_ADDRESS } from '@/lib/security/client-address';
import { signInSchema } from '@/lib/auth/sign-in-validation';
import { SignInError } from './sign-in-error';

/**
 * The codes next-auth may carry back to the sign-in form (it puts a thrown message into ?error=
 * and the client's result): our own refusals, and one word for every fault, whose details stay in
 * the server's log.
 */
export const SIGN_IN_ERROR_CODES = { throttled: 'throttled', unavailable: 'unavailable' } as const;

export interface CredentialsDependencies {
  authenticate(email: string, password: string, clientAddress: string | null): Promise<User>;
  logFault(err: unknown): void;
}

/**
 * The address the production server (server/serve.ts) worked out from the socket and the trusted
 * proxies. It removes any such header a client sent and marks the process; without that mark (as
 * under `next dev`) the header could be the client's own, so no address is known.
 */
export function requestClientAddress(headers: Record<string, unknown> | undefined): string | null {
  if (!(globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS]) return null;
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === 'string' ? normaliseAddress(value) : null;
}

export async function authorizeCredentials(credentials: unknown, headers: Record<string, unknown> | undefined, deps: CredentialsDependencies): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  try {
    return await deps.authenticate(parsed.data.email, parsed.data.password, requestClientAddress(headers));
  } catch (err) {
    if (err instanceof SignInError && err.code === 'throttled') throw new Error(SIGN_IN_ERROR_CODES.throttled);
    if (err instanceof SignInError) return null;
    deps.logFault(err);
    throw new Error(SIGN_IN_ERROR_CODES.unavailable);
  }
}
