// Helpers for the write-path API tests (tests/api/*mutations*, auth, favorites, taxonomy):
// global ids, the typed-error selection every mutation result shares, and a whole-database
// snapshot so a failing mutation can be shown to have written nothing.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { PrismaClient } from '../../server/src/__generated__/prisma/client.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type GraphQLResponse, type TestGateway } from './gateway.ts';

export const globalId = (type: 'Post' | 'Category' | 'Tag' | 'ApiToken' | 'PostRevision' | 'Webhook', id: string) =>
  encodeGlobalID(type, id);

/**
 * The typed-error selection every mutation result shares: message, and the fields of each error
 * type. Spread on a result union, only the union's own members ever answer (the others' inline
 * fragments simply never match), so one fragment serves every mutation.
 */
export const MUTATION_ERROR = graphql(`
  fragment MutationError on Error {
    message
    ... on ValidationError { fieldErrors { path message } }
    ... on ConflictError { currentVersion }
    ... on SlugTakenError { slug suggestion path }
    ... on NotFoundError { resource key }
  }
`);

/** The post fields the post mutations' payloads return. */
export const POST_FIELDS = graphql(`
  fragment PostFields on Post {
    id slug kind title summary status publishedAt version isFavorite
    category { id slug }
    tags { id slug name }
  }
`);

/**
 * Asserts that a result union answered with `typename` and narrows it to that member, so a test
 * can read the member's own fields. Fails with the whole result shown otherwise.
 */
export function expectTypename<T extends { __typename: string }, N extends T['__typename']>(
  result: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(result?.__typename, JSON.stringify(result)).toBe(typename);
  return result as Extract<T, { __typename: N }>;
}

/**
 * Every row a mutation could touch, in a stable order (timestamps included, so even a rewrite
 * with equal values but a new updatedAt counts as a change).
 */
export async function snapshot(prisma: PrismaClient) {
  return allOf({
    posts: prisma.post.findMany({ orderBy: { id: 'asc' } }),
    postTags: prisma.postTag.findMany({ orderBy: [{ postId: 'asc' }, { position: 'asc' }] }),
    tags: prisma.tag.findMany({ orderBy: { id: 'asc' } }),
    categories: prisma.category.findMany({ orderBy: { id: 'asc' } }),
    favorites: prisma.favorite.findMany({ orderBy: { position: 'asc' } }),
    site: prisma.site.findMany(),
    users: prisma.user.findMany({ orderBy: { id: 'asc' } }),
    sessions: prisma.session.findMany({ orderBy: { id: 'asc' } }),
    apiTokens: prisma.apiToken.findMany({ orderBy: { id: 'asc' } }),
    revisions: prisma.postRevision.findMany({ orderBy: { id: 'asc' } }),
    redirects: prisma.pathRedirect.findMany({ orderBy: { path: 'asc' } }),
    webhooks: prisma.webhook.findMany({ orderBy: { id: 'asc' } }),
    deliveries: prisma.webhookDelivery.findMany({ orderBy: { id: 'asc' } }),
    previewLinks: prisma.previewLink.findMany({ orderBy: { id: 'asc' } }),
    publishedPostCounts: prisma.publishedPostCount.findMany({ orderBy: { key: 'asc' } }),
  });
}

/** Awaits every read of `reads` at once; the same keys with the values. */
async function allOf<T extends Record<string, PromiseLike<unknown>>>(reads: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const values = await Promise.all(Object.values(reads));
  return Object.fromEntries(Object.keys(reads).map((key, i) => [key, values[i]])) as { [K in keyof T]: Awaited<T[K]> };
}

/** Runs `fn` and asserts the database is exactly as before; returns what `fn` returned. */
export async function expectNothingChanged<T>(gw: TestGateway, fn: () => T | Promise<T>): Promise<T> {
  const before = await snapshot(gw.db.prisma);
  const result = await fn();
  expect(await snapshot(gw.db.prisma)).toEqual(before);
  return result;
}

/** The post row with its tag slugs in order (null when missing). */
export async function postRow(prisma: PrismaClient, slug: string) {
  const post = await prisma.post.findUnique({
    where: { slug },
    include: { tags: { orderBy: { position: 'asc' }, include: { tag: true } }, favorite: true, category: true },
  });
  return post && { ...post, tagSlugs: post.tags.map((t) => t.tag.slug) };
}

/** Favorite post slugs in the stored order. */
export async function favoriteSlugs(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.favorite.findMany({ orderBy: { position: 'asc' }, include: { post: { select: { slug: true } } } });
  return rows.map((f) => f.post.slug);
}

export async function favoritesRevision(prisma: PrismaClient): Promise<number> {
  return (await prisma.site.findUniqueOrThrow({ where: { id: 1 } })).favoritesRevision;
}

/** Field paths of a ValidationError result, joined with dots (e.g. "input.title"). */
export function fieldPaths(result: { __typename: string; fieldErrors?: { path: string[] }[] }): string[] {
  return (result.fieldErrors ?? []).map((e) => e.path.join('.'));
}

/**
 * gql as the seeded editor (session cookie + CSRF header). Signs in first, so the session row
 * that login writes is not mistaken for a write of the mutation under test.
 */
export async function asEditor(gw: TestGateway) {
  const headers = await gw.editorHeaders();
  // One body for both overloads: gw.gql itself tells a typed document from a string.
  return ((document: string, variables?: Record<string, unknown>) => gw.gql(document, variables, headers)) as Editor;
}
/** gql without its headers argument (they are the editor's). */
export interface Editor {
  <R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GraphQLResponse<R>>;
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
}

/** A test file's gateway and its signed-in editor; both are set once the file's beforeAll has run. */
export interface EditorGateway {
  gw: TestGateway;
  editor: Editor;
}

/**
 * The write-path tests' setup: registers a beforeAll that builds one gateway for the test file
 * (createTestGateway's `options`) and signs the editor in, and an afterAll that closes it. Call it
 * at the top level of the file; read `ctx.gw` and `ctx.editor` only inside hooks and tests.
 */
export function editorGateway(options?: Parameters<typeof createTestGateway>[0]): EditorGateway {
  const ctx = {} as EditorGateway;
  beforeAll(async () => {
    ctx.gw = await createTestGateway(options);
    ctx.editor = await asEditor(ctx.gw);
  });
  afterAll(() => ctx.gw?.close());
  return ctx;
}

export const CREATE_POST = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    result: createPost(input: $input) { __typename ...MutationError ... on CreatePostPayload { post { ...PostFields } } }
  }
`);
export const UPDATE_POST = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    result: updatePost(input: $input) { __typename ...MutationError ... on UpdatePostPayload { post { ...PostFields } } }
  }
`);
export const PUBLISH_POST = graphql(`
  mutation PublishPost($input: PublishPostInput!) {
    result: publishPost(input: $input) { __typename ...MutationError ... on PublishPostPayload { post { ...PostFields } } }
  }
`);
export const UNPUBLISH_POST = graphql(`
  mutation UnpublishPost($input: PostRefInput!) {
    result: unpublishPost(input: $input) { __typename ...MutationError ... on UnpublishPostPayload { post { ...PostFields } } }
  }
`);
export const DELETE_POST = graphql(`
  mutation DeletePost($input: PostRefInput!) {
    result: deletePost(input: $input) { __typename ...MutationError ... on DeletePostPayload { deletedPostId } }
  }
`);
