import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#shared/errors.ts';
import { BadInputError, ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { toRequestError } from './error-mapping.ts';

/** As graphql-js wraps a resolver's throw: located, with the thrown error as originalError. */
const wrapped = (error: Error) => new GraphQLError(error.message, { path: ['posts'], originalError: error });

describe('toRequestError', () => {
  it('maps each request-level domain error to its code, keeping message and path', () => {
    const bad = toRequestError(wrapped(new BadInputError('"first" must be between 0 and 100; got 101.', 'first')));
    expect(bad?.toJSON()).toMatchObject({
      message: '"first" must be between 0 and 100; got 101.',
      path: ['posts'],
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: 'first' },
    });
    const forbidden = toRequestError(wrapped(new ForbiddenError('Drafts are visible to signed-in editors only.')));
    expect(forbidden?.extensions).toEqual({ code: ErrorCode.FORBIDDEN });
    expect(toRequestError(wrapped(new PothosValidationError('Invalid global ID.')))?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
    });
  });

  it('returns the wrapping error itself (Yoga logs only errors it had to replace)', () => {
    const error = wrapped(new ForbiddenError('no'));
    expect(toRequestError(error)).toBe(error);
  });

  it('makes a GraphQL error of a domain error thrown outside execution', () => {
    const mapped = toRequestError(new BadInputError('Invalid cursor in "after".', 'after'));
    expect(mapped).toBeInstanceOf(GraphQLError);
    expect(mapped?.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, argumentName: 'after' });
  });

  it('leaves everything else to masking: unexpected errors, typed results, errors that already have a code', () => {
    expect(toRequestError(wrapped(new Error('boom')))).toBeNull();
    expect(toRequestError(new NotFoundError('Post', 'x'))).toBeNull();
    expect(
      toRequestError(new GraphQLError('x', { originalError: new ForbiddenError('x'), extensions: { code: ErrorCode.UNAUTHENTICATED } })),
    ).toBeNull();
  });
});
