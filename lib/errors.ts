/**
 * Errors that mean something to the user; each carries the catalogue key of its message.
 * Anything else is logged and shown as a generic message.
 */
export class NotFoundError extends Error {
  readonly messageKey = 'form.notFound';
  constructor(what = 'Objektet') {
    super(`${what} finns inte eller så saknar du behörighet.`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  readonly messageKey = 'form.forbidden';
  constructor(message = 'Du har inte behörighet att göra detta.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Someone else saved the same object since the form was opened: nothing was written. */
export class ConflictError extends Error {
  readonly messageKey = 'form.conflict';
  constructor(message = 'Objektet har ändrats av någon annan.') {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * A rule that only the server can check (a goal outside the unit's chain, a locked plan …).
 * `field` puts the message next to that field; `messageKey` is a catalogue key.
 */
export class RuleError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = 'RuleError';
  }
}

export type UserFacingError = NotFoundError | ForbiddenError | ConflictError | RuleError;

export function isUserFacing(err: unknown): err is UserFacingError {
  return err instanceof NotFoundError || err instanceof ForbiddenError || err instanceof ConflictError || err instanceof RuleError;
}
