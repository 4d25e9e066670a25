import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_ADDRESS_HEADER, SERVER_SETS_CLIENT_ADDRESS } from '@/lib/security/client-address';
import { authorizeCredentials, requestClientAddress, SIGN_IN_ERROR_CODES, type CredentialsDependencies } from './authorize-credentials';
import { SignInError } from './sign-in-error';

const credentials = { email: 'anna@sjovik.se', password: 'rätt-lösenord' };
const marked = globalThis as Record<symbol, unknown>;

function deps(authenticate: CredentialsDependencies['authenticate']) {
  const faults: unknown[] = [];
  return { faults, deps: { authenticate, logFault: (err: unknown) => faults.push(err) } };
}

afterEach(() => {
  Reflect.deleteProperty(marked, SERVER_SETS_CLIENT_ADDRESS);
});

describe('authorising a password sign-in', () => {
  it('hands next-auth one generic word for a fault and logs the fault itself', async () => {
    const internal = new Error('SQLITE_CORRUPT: database disk image is malformed (accounts.password_hash)');
    const { faults, deps: d } = deps(() => Promise.reject(internal));
    const thrown = await authorizeCredentials(credentials, {}, d).catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(Error);
    // next-auth puts this message into ?error= and the client's result: nothing internal in it.
    expect((thrown as Error).message).toBe(SIGN_IN_ERROR_CODES.unavailable);
    expect(faults).toEqual([internal]);
  });

  it('reports a throttled account by its code and a wrong password as no user, logging neither', async () => {
    const throttled = deps(() => Promise.reject(new SignInError('throttled')));
    await expect(authorizeCredentials(credentials, {}, throttled.deps)).rejects.toThrow(/^throttled$/);
    const invalid = deps(() => Promise.reject(new SignInError('invalid')));
    await expect(authorizeCredentials(credentials, {}, invalid.deps)).resolves.toBeNull();
    expect([...throttled.faults, ...invalid.faults]).toEqual([]);
  });

  it('passes on only the address the production server set', async () => {
    const seen: (string | null)[] = [];
    const { deps: d } = deps(async (_e, _p, address) => {
      seen.push(address);
      return { id: '1', sessionVersion: 1 };
    });
    const headers = { [CLIENT_ADDRESS_HEADER]: '203.0.113.7', 'x-forwarded-for': '198.51.100.1' };
    // Without the server's mark (e.g. `next dev`) the header may be the client's own: no address.
    await authorizeCredentials(credentials, headers, d);
    marked[SERVER_SETS_CLIENT_ADDRESS] = true;
    await authorizeCredentials(credentials, headers, d);
    await authorizeCredentials(credentials, { 'x-forwarded-for': '198.51.100.1' }, d);
    expect(seen).toEqual([null, '203.0.113.7', null]);
  });

  it('never reads X-Forwarded-For itself', () => {
    marked[SERVER_SETS_CLIENT_ADDRESS] = true;
    expect(requestClientAddress({ 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2' })).toBeNull();
  });

  it('checks nothing for malformed input', async () => {
    const authenticate = vi.fn();
    await expect(authorizeCredentials({ email: 'inte-en-adress', password: '' }, {}, { authenticate, logFault: vi.fn() })).resolves.toBeNull();
    expect(authenticate).not.toHaveBeenCalled();
  });
});
