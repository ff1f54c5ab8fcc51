// The mutations of every kind that change what a public read shows, and those that change none,
// shared by the response-cache tests (tests/api/public-cache.test.ts) and the HTTP fast path's
// (tests/api/get-fast-path.test.ts). A changing case: a public query, a mutation that changes what
// it shows, and a check of what must be seen after it; they build on each other (run them in
// order, on a freshly seeded gateway).
import { expect } from 'vitest';
import { CSRF_HEADER, ErrorCode } from '#shared/errors.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../__generated__/index.ts';
import { EDITOR, type TestGateway } from './gateway.ts';
import { expectTypename, globalId } from './mutations.ts';

export type MutationCase = [name: string, query: string, change: () => Promise<unknown>, expectFresh: (data: any) => void];

/** `mutate` runs an editor mutation and returns its data (failing on errors). */
export function mutationCases(
  gateway: () => TestGateway,
  mutate: (query: string, variables?: Record<string, unknown>) => Promise<any>,
): MutationCase[] {
  const idOf = async (model: 'post' | 'category' | 'tag', slug: string) =>
    (await (gateway().db.prisma[model] as { findUniqueOrThrow(a: object): Promise<{ id: string }> }).findUniqueOrThrow({ where: { slug } }))
      .id;
  const prisma = () => gateway().db.prisma;
  return [
    [
      'create + publish a short enters homeFeed and the count',
      '{ homeFeed { shorts(first: 1) { totalCount edges { node { title } } } } }',
      async () => {
        const created = await mutate(
          'mutation($i: CreatePostInput!) { createPost(input: $i) { ... on CreatePostPayload { post { id } } } }',
          {
            i: { title: 'Cache test short', kind: 'SHORT', summary: 'Fresh.' },
          },
        );
        await mutate('mutation($i: PublishPostInput!) { publishPost(input: $i) { __typename } }', {
          i: { id: created.createPost.post.id },
        });
      },
      (d) => expect(d.homeFeed.shorts).toEqual({ totalCount: 5, edges: [{ node: { title: 'Cache test short' } }] }),
    ],
    [
      'updatePost changes a title',
      '{ post(slug: "chunking-strategies") { title } }',
      async () => {
        const id = globalId('Post', await idOf('post', 'chunking-strategies'));
        const { version } = await prisma().post.findUniqueOrThrow({ where: { slug: 'chunking-strategies' } });
        await mutate('mutation($i: UpdatePostInput!) { updatePost(input: $i) { __typename } }', {
          i: { id, expectedVersion: version, title: 'Chunking, revisited' },
        });
      },
      (d) => expect(d.post.title).toBe('Chunking, revisited'),
    ],
    [
      'unpublishPost removes it from lists',
      '{ posts(first: 100) { totalCount } }',
      async () => {
        await mutate('mutation($i: PostRefInput!) { unpublishPost(input: $i) { __typename } }', {
          i: { id: globalId('Post', await idOf('post', 'how-text-became-geometry')) },
        });
      },
      (d) => expect(d.posts.totalCount).toBe(16),
    ],
    [
      'deletePost',
      '{ post(slug: "pricing-and-elasticity") { title } }',
      async () => {
        await mutate('mutation($i: PostRefInput!) { deletePost(input: $i) { __typename } }', {
          i: { id: globalId('Post', await idOf('post', 'pricing-and-elasticity')) },
        });
      },
      (d) => expect(d.post).toBeNull(),
    ],
    [
      'reorderFavorites',
      '{ favorites { slug } }',
      async () => {
        const favorites = await prisma().favorite.findMany({ orderBy: { position: 'asc' } });
        const site = await prisma().site.findUniqueOrThrow({ where: { id: 1 } });
        const reversed = favorites.map((f) => globalId('Post', f.postId)).reverse();
        await mutate('mutation($ids: [ID!]!, $r: Int!) { reorderFavorites(postIds: $ids, expectedRevision: $r) { __typename } }', {
          ids: reversed,
          r: site.favoritesRevision,
        });
      },
      (d) => expect(d.favorites[0].slug).toBe('the-physics-of-hallucination'),
    ],
    [
      'addFavorite',
      '{ favorites { slug } }',
      async () => {
        await mutate('mutation($id: ID!) { addFavorite(postId: $id) { __typename } }', {
          id: globalId('Post', await idOf('post', 'rlaif-when-the-labeler-is-a-model')),
        });
      },
      (d) => expect(d.favorites.at(-1).slug).toBe('rlaif-when-the-labeler-is-a-model'),
    ],
    [
      'createCategory',
      '{ categories { name } }',
      async () => {
        await mutate('mutation { createCategory(input: { name: "Agents" }) { __typename } }');
      },
      (d) => expect(d.categories.map((c: { name: string }) => c.name)).toContain('Agents'),
    ],
    [
      'reorderCategories',
      '{ categories { slug } }',
      async () => {
        const ids = (await prisma().category.findMany({ orderBy: { position: 'desc' } })).map((c) => globalId('Category', c.id));
        await mutate('mutation($ids: [ID!]!) { reorderCategories(ids: $ids) { __typename } }', { ids });
      },
      (d) => expect(d.categories[0].slug).toBe('agents'),
    ],
    [
      'updateTag renames a tag on posts',
      '{ post(slug: "the-physics-of-hallucination") { tags { name } } }',
      async () => {
        await mutate('mutation($i: UpdateTagInput!) { updateTag(input: $i) { __typename } }', {
          i: { id: globalId('Tag', await idOf('tag', 'hallucinations')), name: 'Hallucination' },
        });
      },
      (d) => expect(d.post.tags).toEqual([{ name: 'Hallucination' }]),
    ],
    [
      'updateSite',
      '{ site { title } }',
      async () => {
        await mutate('mutation { updateSite(input: { title: "Lena tries to understand" }) { __typename } }');
      },
      (d) => expect(d.site.title).toBe('Lena tries to understand'),
    ],
  ];
}

export type NoChangeCase = [name: string, run: () => Promise<void>];

const LOGOUT = graphql(`mutation NoChangeLogout { logout }`);
const ANONYMOUS_CREATE = graphql(`mutation NoChangeAnonymousCreate { createPost(input: { title: "Nope", kind: SHORT }) { __typename } }`);
const LOGIN = graphql(`mutation NoChangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }`);
const CREATE_TOKEN = graphql(`
  mutation NoChangeCreateToken { createApiToken(name: "cache test") { __typename ... on CreateApiTokenPayload { apiToken { id } } } }
`);
// Each editor mutation below aliases its field as `result`, for asEditor's typename check.
const UPDATE_POST = graphql(`mutation NoChangeUpdatePost($i: UpdatePostInput!) { result: updatePost(input: $i) { __typename } }`);
const CREATE_POST = graphql(`mutation NoChangeCreatePost($i: CreatePostInput!) { result: createPost(input: $i) { __typename } }`);
const MARS_TIME_ZONE = graphql(`mutation NoChangeSite { result: updateSite(input: { timeZone: "Mars/Olympus" }) { __typename } }`);
const DELETE_POST = graphql(`mutation NoChangeDeletePost($i: PostRefInput!) { result: deletePost(input: $i) { __typename } }`);
const ADD_FAVORITE = graphql(`mutation NoChangeAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }`);
const REVOKE_TOKEN = graphql(`mutation NoChangeRevokeToken($id: ID!) { result: revokeApiToken(id: $id) { __typename } }`);

/**
 * Mutations that change no public content — refused, failed with a typed error, no-ops, or
 * writes to accounts, sessions and tokens only — each checking its own outcome. The public cache
 * must keep every entry and ETag across them. They leave the public content as it was (run them
 * on a seeded gateway, in any order).
 */
export function noChangeCases(gateway: () => TestGateway): NoChangeCase[] {
  const gw = () => gateway();
  const editor = () => gw().editorHeaders();
  const prisma = () => gw().db.prisma;
  const postId = async (slug: string) => (await prisma().post.findUniqueOrThrow({ where: { slug } })).id;
  /** Runs `document` as the editor and checks the __typename of its `result`. */
  const asEditor = async <V>(document: TypedDocumentNode<{ result: { __typename: string } }, V>, variables: V, typename: string) => {
    const { body } = await gw().gql(document, variables, await editor());
    expect(body.errors).toBeUndefined();
    expect(body.data!.result).toMatchObject({ __typename: typename });
  };
  const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.map((e) => e.extensions?.code);
  return [
    [
      'an anonymous logout',
      async () => {
        expect((await gw().gql(LOGOUT)).body).toEqual({ data: { logout: false } });
      },
    ],
    [
      'an anonymous createPost, refused UNAUTHENTICATED',
      async () => {
        const { body } = await gw().gql(ANONYMOUS_CREATE);
        expect(codes(body)).toEqual([ErrorCode.UNAUTHENTICATED]);
      },
    ],
    [
      'updatePost with a stale expectedVersion (ConflictError)',
      async () => {
        const id = await postId('chunking-strategies');
        const { version } = await prisma().post.findUniqueOrThrow({ where: { id } });
        await asEditor(UPDATE_POST, { i: { id: globalId('Post', id), expectedVersion: version - 1, title: 'Stale' } }, 'ConflictError');
      },
    ],
    [
      'updatePost whose tags are refused after the row was updated (ValidationError, rolled back)',
      async () => {
        const id = await postId('chunking-strategies');
        const { version } = await prisma().post.findUniqueOrThrow({ where: { id } });
        await asEditor(
          UPDATE_POST,
          { i: { id: globalId('Post', id), expectedVersion: version, title: 'Rolled back', tags: ['Same', 'same'] } },
          'ValidationError',
        );
        expect((await prisma().post.findUniqueOrThrow({ where: { id } })).version).toBe(version);
      },
    ],
    [
      'createPost with a taken slug (SlugTakenError)',
      async () => {
        await asEditor(
          CREATE_POST,
          { i: { title: 'Chunking strategies', slug: 'chunking-strategies', kind: 'NOTE', tags: ['fresh-tag'] } },
          'SlugTakenError',
        );
      },
    ],
    [
      'createPost with an empty title (ValidationError)',
      async () => {
        await asEditor(CREATE_POST, { i: { title: '', kind: 'SHORT' } }, 'ValidationError');
      },
    ],
    [
      'updateSite with an unknown time zone (ValidationError)',
      async () => {
        await asEditor(MARS_TIME_ZONE, {}, 'ValidationError');
      },
    ],
    [
      'deletePost of a post that does not exist (NotFoundError)',
      async () => {
        await asEditor(DELETE_POST, { i: { id: globalId('Post', 'no-such-post') } }, 'NotFoundError');
      },
    ],
    [
      'addFavorite of a post that is a favorite already (no change)',
      async () => {
        const favorite = await prisma().favorite.findFirstOrThrow();
        await asEditor(ADD_FAVORITE, { id: globalId('Post', favorite.postId) }, 'FavoritesPayload');
      },
    ],
    [
      'a failed sign-in (InvalidCredentialsError)',
      async () => {
        const { body } = await gw().gql(LOGIN, { e: EDITOR.email, p: 'wrong password' });
        expect(body.data?.login.__typename).toBe('InvalidCredentialsError');
      },
    ],
    [
      'a sign-in, then a sign-out (sessions are private)',
      async () => {
        const login = await gw().gql(LOGIN, {
          e: EDITOR.email,
          p: EDITOR.password,
        });
        expect(login.body).toEqual({ data: { login: { __typename: 'LoginPayload' } } });
        const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
        const logout = await gw().gql(LOGOUT, {}, { cookie, [CSRF_HEADER]: '1' });
        expect(logout.body).toEqual({ data: { logout: true } });
      },
    ],
    [
      'createApiToken, then revokeApiToken (tokens are private)',
      async () => {
        const headers = await editor();
        const created = await gw().gql(CREATE_TOKEN, {}, headers);
        const id = expectTypename(created.body.data!.createApiToken, 'CreateApiTokenPayload').apiToken.id;
        expect(id).toBeTruthy();
        await asEditor(REVOKE_TOKEN, { id }, 'RevokeApiTokenPayload');
      },
    ],
  ];
}
