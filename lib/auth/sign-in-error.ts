export type SignInFailure = 'invalid' | 'throttled';

/** An expected refusal of a password sign-in; anything else thrown while signing in is a fault. */
export class SignInError extends Error {
  constructor(readonly code: SignInFailure) {
    super(code);
    this.name = 'SignInError';
  }
}
