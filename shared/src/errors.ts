import { z } from 'zod';

/**
 * The error catalogue of the GraphQL API, shared by the gateway (which returns these), the admin
 * (which reads them) and the tests (which expect them).
 *
 * Two kinds of failure reach a client:
 * - **Request errors** — an entry of the response's `errors` list whose `extensions.code` is one of
 *   {@link ErrorCode}. The operation did not run (or the field was refused); nothing changed.
 * - **Typed results** — expected failures of a mutation, returned as a member of its result union
 *   (`__typename` one of {@link ErrorTypename}), each implementing `interface Error { message }`.
 */

/** `extensions.code` values the gateway sets, with the HTTP status they travel with when the whole request fails. */
export const ErrorCode = {
  /** An argument or variable breaks a rule (page size, list length, cursor, characters); HTTP 400 before execution, 200 from a field. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** Not a GraphQL request this endpoint takes (malformed body, wrong method for a mutation); 400. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Signed-in editors only (asking for drafts, editor-only fields and mutations anonymously). */
  FORBIDDEN: 'FORBIDDEN',
  /** A bad, revoked or malformed API token (401), or an editor-only operation without a session. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A request with the session cookie but without {@link CSRF_HEADER}; 403. */
  CSRF_HEADER_REQUIRED: 'CSRF_HEADER_REQUIRED',
  /** The request body is larger than MAX_BODY_BYTES; 413. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Selection or input nesting deeper than MAX_DEPTH; 400. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** More aliases than MAX_ALIASES; 400. */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** More directives than MAX_DIRECTIVES; 400. */
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** Estimated cost above MAX_COST (or not estimable); 400. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /**
   * A persisted-query hash (`extensions.persistedQuery.sha256Hash`) the gateway does not know: send
   * the document once with its hash (Apollo's automatic persisted queries); 404, never cached.
   */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** A document sent with a `sha256Hash` that is not the SHA-256 of its text; nothing is stored; 400. */
  PERSISTED_QUERY_MISMATCH: 'PERSISTED_QUERY_MISMATCH',
  /**
   * PERSISTED_ONLY=on and an anonymous request sent a document that is not a trusted one (or tried
   * to register one by its hash): only trusted documents and known hashes run anonymously; 403.
   */
  PERSISTED_QUERY_ONLY: 'PERSISTED_QUERY_ONLY',
  /** More requests than RATE_LIMIT_PER_MINUTE from one client address; 429 with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database is unreachable or restarting; 503 with Retry-After. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Anything unexpected: the message is "Unexpected error." and `extensions.requestId` names the log line. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** `__typename`s of the typed failures in mutation result unions (server/src/schema/errors.ts defines their fields). */
export const ErrorTypename = {
  ValidationError: 'ValidationError',
  NotFoundError: 'NotFoundError',
  ConflictError: 'ConflictError',
  SlugTakenError: 'SlugTakenError',
  InvalidCredentialsError: 'InvalidCredentialsError',
  TooManyAttemptsError: 'TooManyAttemptsError',
} as const;
export type ErrorTypename = (typeof ErrorTypename)[keyof typeof ErrorTypename];

/**
 * The header every request carrying the session cookie must send (any value). Browsers cannot add
 * it to a cross-site form post or image load, so a cookie alone never authorises a write. The name
 * is graphql-yoga's CSRF-prevention default, so Yoga's own tooling sends it too.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Rules for an API token's name, checked by `createApiToken` and by the admin's form (same message). */
export const apiTokenLimits = { nameMax: 80 } as const;
export const apiTokenNameSchema = z
  .string()
  .trim()
  .min(1, `Name the token (1–${apiTokenLimits.nameMax} characters).`)
  .max(apiTokenLimits.nameMax, `Name the token (1–${apiTokenLimits.nameMax} characters).`);
