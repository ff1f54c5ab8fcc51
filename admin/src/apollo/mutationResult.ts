import { ErrorTypename } from '#shared/errors.ts';
import { graphql } from '../__generated__';

/**
 * Every typed failure a mutation can answer, in one selection: spread `...MutationErrors` on
 * `Error` in each mutation's result, and every error member carries what the UI shows (the
 * message, the field paths, a free slug, the current version, the wait before the next sign-in).
 * Members a result union cannot hold are simply never selected.
 */
export const MutationErrorsFragment = graphql(`
  fragment MutationErrors on Error {
    message
    ... on ValidationError { fieldErrors { path message } }
    ... on SlugTakenError { slug suggestion }
    ... on ConflictError { currentVersion }
    ... on TooManyAttemptsError { retryAfterSeconds }
  }
`);

type Member = { __typename: string };
/** The typed-failure members of a mutation result union (`__typename` in the error catalogue). */
export type TypedError<R> = Extract<NonNullable<R>, { __typename: ErrorTypename }>;
/** The success member(s) of a mutation result union. */
export type Payload<R> = Exclude<NonNullable<R>, { __typename: ErrorTypename }>;
/** A result union split into exactly one of its payload or its typed error. */
export type MutationOutcome<R> = { ok: true; payload: Payload<R> } | { ok: false; error: TypedError<R> };

const ERROR_TYPENAMES = new Set<string>(Object.values(ErrorTypename));

/** Whether a result union member is one of the typed failures of the shared error catalogue. */
export function isTypedError<R extends Member>(result: R): result is TypedError<R> & R {
  return ERROR_TYPENAMES.has(result.__typename);
}

/**
 * The one way the admin reads a mutation's result union: `{ ok: true, payload }` on success,
 * `{ ok: false, error }` for a typed failure. Throws when there is no result at all (Apollo answered without data),
 * so callers handle it with the network and session failures they already catch.
 */
export function splitResult<R extends Member>(result: R | null | undefined): MutationOutcome<R> {
  if (!result) throw new Error('No answer from the server.');
  return isTypedError(result) ? { ok: false, error: result } : { ok: true, payload: result as Payload<R> };
}

/** The message of anything a mutation threw (network, top-level GraphQL error). */
export function thrownMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
