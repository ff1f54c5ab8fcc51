import { createGraphQLError, maskError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { ErrorCode } from '#shared/errors.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { currentRequestId } from './request-context.ts';
import { toRequestError } from './schema/error-mapping.ts';

/** Seconds a client should wait before retrying while the database is unavailable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Yoga's `maskedErrors` option: what a client sees of each error.
 * - The database is down or restarting: "The database is unavailable; try again shortly.",
 *   SERVICE_UNAVAILABLE, HTTP 503 with Retry-After (not "Unexpected error."). Yoga still logs the
 *   original error, with the request id, because the result differs.
 * - The caller's mistake (a domain request error, a malformed global id): shown as it is, with
 *   its code (schema/error-mapping.ts).
 * - Anything else unexpected: "Unexpected error." with INTERNAL_SERVER_ERROR and the request id
 *   (also in the x-request-id header); the log line with the cause and stack carries the same id.
 * Never the dev variant: it would ship stacks, SQL and file paths.
 */
export function maskedErrors(): YogaMaskedErrorOpts {
  return {
    isDev: false,
    errorMessage: 'Unexpected error.',
    maskError: (error, message) => {
      if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
      const requestError = toRequestError(error);
      if (requestError) return requestError;
      const masked = maskError(error, message, false);
      if (masked !== error) Object.assign((masked as GraphQLError).extensions, { requestId: currentRequestId() });
      return masked;
    },
  };
}

function databaseUnavailable(error: unknown) {
  const located = error instanceof Error && 'path' in error ? (error as GraphQLError) : undefined;
  return createGraphQLError('The database is unavailable; try again shortly.', {
    nodes: located?.nodes,
    path: located?.path,
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      requestId: currentRequestId(),
      http: { status: 503, headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } },
    },
  });
}
