import type { ZodError } from 'zod';

/**
 * The domain's failures, thrown as plain errors; the domain knows no transport.
 *
 * Two kinds:
 * - Expected failures of mutations (ValidationError … TooManyAttemptsError). Each becomes a typed
 *   member of the mutation's result union (Pothos errors plugin, server/src/schema/errors.ts), so
 *   clients switch on `__typename`. Nothing is written when one is thrown: mutations run in a
 *   transaction.
 * - Request errors (BadInputError, ForbiddenError): the request itself is wrong or not allowed.
 *   server/src/schema/error-mapping.ts turns them into top-level GraphQL errors with an
 *   `extensions.code` from the shared catalogue.
 */

/** One invalid input field of a {@link ValidationError}. */
export class FieldError {
  constructor(
    /** Input path, e.g. ["input", "title"] or ["input", "tags", "2"]. */
    readonly path: string[],
    readonly message: string,
  ) {}
}

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ') || 'Invalid input.');
  }

  /** Maps a zod failure to field errors rooted at `prefix` (e.g. ["input"]). */
  static fromZod(error: ZodError, prefix: string[] = ['input']): ValidationError {
    return new ValidationError(error.issues.map((issue) => new FieldError([...prefix, ...issue.path.map(String)], issue.message)));
  }

  static field(path: string[], message: string): ValidationError {
    return new ValidationError([new FieldError(path, message)]);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly resource: string,
    /** The id or slug that was looked up. */
    readonly key: string,
  ) {
    super(`${resource} ${JSON.stringify(key)} does not exist.`);
  }
}

/** A stale write: someone else changed the record (or the favorites list) since it was read. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    /** The post's current version, or the favorites list's current revision. */
    readonly currentVersion: number,
  ) {
    super(message);
  }
}

/** A slug already in use; `suggestion` is a free one (never applied silently). */
export class SlugTakenError extends Error {
  override name = 'SlugTakenError';
  constructor(
    readonly slug: string,
    readonly suggestion: string,
    readonly path: string[] = ['input', 'slug'],
  ) {
    super(`The slug "${slug}" is taken. "${suggestion}" is free.`);
  }
}

export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';
  constructor() {
    super('Email or password is wrong.');
  }
}

/** Too many failed sign-ins for this account or address; wait `retryAfterSeconds`. */
export class TooManyAttemptsError extends Error {
  override name = 'TooManyAttemptsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
  }
}

/**
 * An argument breaks a rule the domain checks (page size, cursor, search length). A request error,
 * not a typed result: reaches the client as `BAD_USER_INPUT` with `extensions.argumentName`.
 */
export class BadInputError extends Error {
  override name = 'BadInputError';
  constructor(
    message: string,
    /** The top-level argument at fault, e.g. "first", "after", "filter". */
    readonly argumentName: string,
  ) {
    super(message);
  }
}

/** The caller may not see what it asked for (drafts, when anonymous); reaches the client as `FORBIDDEN`. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}
