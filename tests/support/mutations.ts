// Helpers for the write-path API tests (tests/api/*mutations*, auth, favorites, taxonomy):
// global ids, the typed-error selection every mutation result shares, and a whole-database
// snapshot so a failing mutation can be shown to have written nothing.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import type { PrismaClient } from '../../server/src/__generated__/prisma/client.ts';
import type { TestGateway } from './gateway.ts';

export const globalId = (type: 'Post' | 'Category' | 'Tag' | 'ApiToken', id: string) => encodeGlobalID(type, id);

const errorSelections = {
  ValidationError: '... on ValidationError { fieldErrors { path message } }',
  ConflictError: '... on ConflictError { currentVersion }',
  SlugTakenError: '... on SlugTakenError { slug suggestion path }',
  NotFoundError: '... on NotFoundError { resource key }',
};
type ErrorType = keyof typeof errorSelections;

/**
 * Selection for a mutation result union: __typename, message, and the fields of each listed error
 * type (only members of the union may be named, else the operation is invalid).
 */
export function errorFields(types: ErrorType[] = ['ValidationError', 'ConflictError', 'SlugTakenError', 'NotFoundError']): string {
  return ['__typename', '... on Error { message }', ...types.map((t) => errorSelections[t])].join('\n');
}

/** Post mutations' unions hold all four error types. */
export const ERROR_FIELDS = errorFields();

export const POST_FIELDS = `id slug kind title summary status publishedAt version isFavorite
  category { id slug } tags { id slug name }`;

/**
 * Every row a mutation could touch, in a stable order (timestamps included, so even a rewrite
 * with equal values but a new updatedAt counts as a change).
 */
export async function snapshot(prisma: PrismaClient) {
  const [posts, postTags, tags, categories, favorites, site, users, sessions, apiTokens] = await Promise.all([
    prisma.post.findMany({ orderBy: { id: 'asc' } }),
    prisma.postTag.findMany({ orderBy: [{ postId: 'asc' }, { position: 'asc' }] }),
    prisma.tag.findMany({ orderBy: { id: 'asc' } }),
    prisma.category.findMany({ orderBy: { id: 'asc' } }),
    prisma.favorite.findMany({ orderBy: { position: 'asc' } }),
    prisma.site.findMany(),
    prisma.user.findMany({ orderBy: { id: 'asc' } }),
    prisma.session.findMany({ orderBy: { id: 'asc' } }),
    prisma.apiToken.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { posts, postTags, tags, categories, favorites, site, users, sessions, apiTokens };
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
export function fieldPaths(result: { fieldErrors?: { path: string[] }[] }): string[] {
  return (result.fieldErrors ?? []).map((e) => e.path.join('.'));
}

/**
 * gql as the seeded editor (session cookie + CSRF header). Signs in first, so the session row
 * that login writes is not mistaken for a write of the mutation under test.
 */
export async function asEditor(gw: TestGateway) {
  const headers = await gw.editorHeaders();
  return (query: string, variables?: Record<string, unknown>) => gw.gql(query, variables, headers);
}
export type Editor = Awaited<ReturnType<typeof asEditor>>;

const postResult = (payload: string) => `${ERROR_FIELDS} ... on ${payload} { post { ${POST_FIELDS} } }`;
export const CREATE_POST = `mutation($input: CreatePostInput!) { result: createPost(input: $input) { ${postResult('CreatePostPayload')} } }`;
export const UPDATE_POST = `mutation($input: UpdatePostInput!) { result: updatePost(input: $input) { ${postResult('UpdatePostPayload')} } }`;
export const PUBLISH_POST = `mutation($input: PublishPostInput!) { result: publishPost(input: $input) { ${postResult('PublishPostPayload')} } }`;
export const UNPUBLISH_POST = `mutation($input: PostRefInput!) { result: unpublishPost(input: $input) { ${postResult('UnpublishPostPayload')} } }`;
export const DELETE_POST = `mutation($input: PostRefInput!) { result: deletePost(input: $input) { ${ERROR_FIELDS} ... on DeletePostPayload { deletedPostId } } }`;
