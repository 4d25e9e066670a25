/** Errors that mean something to the user. Anything else is logged and shown as a generic message. */
export class NotFoundError extends Error {
  constructor(what = 'Objektet') {
    super(`${what} finns inte eller så saknar du behörighet.`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'Du har inte behörighet att göra detta.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}
