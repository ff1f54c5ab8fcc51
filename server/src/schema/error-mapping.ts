import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#shared/errors.ts';
import { BadInputError, ForbiddenError } from '../domain/errors.ts';

/** The `extensions` a caller's mistake travels with: its code, and the argument at fault when known. */
export interface RequestErrorExtensions {
  code: ErrorCode;
  argumentName?: string;
}

/**
 * The code for a thrown error that is the caller's mistake, not ours, or null for anything else:
 * - BadInputError (page size, cursor, search length) → BAD_USER_INPUT with `argumentName`;
 * - ForbiddenError (drafts asked for anonymously) → FORBIDDEN;
 * - PothosValidationError (Pothos's input checks, e.g. "Invalid global ID.") → BAD_USER_INPUT.
 * The typed failures of mutations (ValidationError and the rest) never get here: the Pothos
 * errors plugin returns them as members of the result union.
 */
export function requestErrorExtensions(error: unknown): RequestErrorExtensions | null {
  if (error instanceof BadInputError) return { code: ErrorCode.BAD_USER_INPUT, argumentName: error.argumentName };
  if (error instanceof ForbiddenError) return { code: ErrorCode.FORBIDDEN };
  if (error instanceof PothosValidationError) return { code: ErrorCode.BAD_USER_INPUT };
  return null;
}

/**
 * The one mapping from thrown domain errors to GraphQL errors. `error` is what reached the
 * boundary: the GraphQLError graphql-js wrapped a resolver's throw in (its `originalError` the
 * domain error, with the field's path and location), or a domain error thrown outside execution.
 * @returns the GraphQLError to send, with the message kept and `extensions` from
 *   {@link requestErrorExtensions}; a wrapping GraphQLError is returned itself with those
 *   extensions added, so Yoga does not log it as an unexpected error. null when the error is none
 *   of the caller's, or its wrapper already carries a code (masking then decides).
 */
export function toRequestError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const extensions = requestErrorExtensions(original);
  if (!extensions) return null;
  if (error instanceof GraphQLError) {
    if (error.extensions['code']) return null;
    Object.assign(error.extensions, extensions);
    return error;
  }
  return new GraphQLError((original as Error).message, { originalError: original as Error, extensions: { ...extensions } });
}
