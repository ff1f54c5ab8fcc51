import { builder } from '../builder.ts';
import {
  ConflictError,
  FieldError,
  InvalidCredentialsError,
  NotFoundError,
  SlugTakenError,
  TooManyAttemptsError,
  ValidationError,
} from '../domain/errors.ts';

/** Every expected failure implements Error, so `... on Error { message }` always works. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure of a mutation, returned as a member of its result union.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(FieldError, {
  name: 'FieldError',
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path into the mutation arguments, e.g. ["input","title"].' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  description: 'The input broke a rule; nothing was changed. See fieldErrors for each field.',
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldError], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  description: 'A record the mutation names does not exist (or is not visible to you).',
  fields: (t) => ({ resource: t.exposeString('resource'), key: t.exposeString('key') }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  description:
    'Someone changed the record since you read it (optimistic concurrency); nothing was changed. Reload, or retry with currentVersion.',
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', {
      description: "The post's current version, or the favorites list's current revision.",
    }),
  }),
});

builder.objectType(SlugTakenError, {
  name: 'SlugTakenError',
  interfaces: [ErrorInterface],
  description: 'The slug is used by another record; suggestion is a free one. Nothing was changed.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    suggestion: t.exposeString('suggestion'),
    path: t.exposeStringList('path'),
  }),
});

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  interfaces: [ErrorInterface],
  description: 'Sign-in failed: unknown email or wrong password (deliberately not saying which).',
  fields: () => ({}),
});

builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  interfaces: [ErrorInterface],
  description: 'Sign-in refused: too many failed attempts for this account or address (LOGIN_MAX_FAILURES per 15 minutes).',
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

export const postMutationErrors = [ValidationError, NotFoundError, ConflictError, SlugTakenError];
