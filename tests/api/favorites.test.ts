// The curated Favorites list: reorderFavorites is one atomic compare-and-swap on the list's
// revision; add/remove keep it a list; deleting a favorite post moves the revision on.
// Every test reads the current order and revision itself, so none depends on another's writes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../__generated__/index.ts';
import type { GraphQLResponse } from '../support/gateway.ts';
import {
  CREATE_POST,
  DELETE_POST,
  editorGateway,
  expectNothingChanged,
  expectTypename,
  favoriteSlugs,
  favoritesRevision,
  fieldPaths,
  globalId,
} from '../support/mutations.ts';

const ctx = editorGateway();

const FAVORITES_RESULT = graphql(`
  fragment FavoritesResult on FavoritesPayload { revision favorites { slug isFavorite } }
`);
const REORDER = graphql(`
  mutation TestReorderFavorites($ids: [ID!]!, $rev: Int!) {
    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }
  }
`);
const ADD = graphql(`
  mutation TestAddFavorite($id: ID!, $rev: Int) {
    result: addFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }
  }
`);
const REMOVE = graphql(`
  mutation TestRemoveFavorite($id: ID!, $rev: Int) {
    result: removeFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }
  }
`);
/** The FavoritesPayload a favorites mutation answered with (the test fails on any other member). */
const payload = (res: GraphQLResponse<ResultOf<typeof REORDER | typeof ADD | typeof REMOVE>>): ResultOf<typeof FAVORITES_RESULT> =>
  expectTypename(res.body.data!.result, 'FavoritesPayload');
const PUBLIC_FAVORITES = graphql(`query PublicFavorites { favorites { slug } homeFeed { favorites { slug } } }`);
const IS_FAVORITE = graphql(`query IsFavorite($slug: String!) { post(slug: $slug) { isFavorite } }`);
const reorder = (postIds: string[], expectedRevision: number) => ctx.editor(REORDER, { ids: postIds, rev: expectedRevision });
const add = (postId: string, expectedRevision?: number) => ctx.editor(ADD, { id: postId, rev: expectedRevision });
const remove = (postId: string, expectedRevision?: number) => ctx.editor(REMOVE, { id: postId, rev: expectedRevision });

/** The list as an anonymous reader sees it. */
async function publicFavorites(): Promise<string[]> {
  const res = await ctx.gw.gql(PUBLIC_FAVORITES);
  expect(res.body.data!.homeFeed.favorites).toEqual(res.body.data!.favorites);
  return res.body.data!.favorites.map((p) => p.slug);
}

/** Current favorites as global ids (stored order), with their slugs and the revision. */
async function current() {
  const rows = await ctx.gw.db.prisma.favorite.findMany({ orderBy: { position: 'asc' }, include: { post: { select: { slug: true } } } });
  return {
    ids: rows.map((f) => globalId('Post', f.postId)),
    slugs: rows.map((f) => f.post.slug),
    revision: await favoritesRevision(ctx.gw.db.prisma),
  };
}

async function publishedNonFavorite() {
  const post = await ctx.gw.db.prisma.post.findFirstOrThrow({ where: { favorite: null, status: 'PUBLISHED' }, orderBy: { id: 'asc' } });
  return { id: globalId('Post', post.id), slug: post.slug };
}

describe('reorderFavorites', () => {
  it('with the current revision sets the whole new order and bumps the revision', async () => {
    const before = await current();
    expect(before.ids.length).toBeGreaterThan(3);
    const ids = [...before.ids].reverse();
    const res = await reorder(ids, before.revision);
    expect(res.body.data!.result).toMatchObject({ __typename: 'FavoritesPayload', revision: before.revision + 1 });
    const reversed = [...before.slugs].reverse();
    expect(payload(res).favorites.map((p) => p.slug)).toEqual(reversed);
    expect(await publicFavorites()).toEqual(reversed);
    expect(await favoritesRevision(ctx.gw.db.prisma)).toBe(before.revision + 1);
  });

  it('a stale revision → ConflictError with the current revision; the order is unchanged', async () => {
    const before = await current();
    const res = await expectNothingChanged(ctx.gw, () => reorder([...before.ids].reverse(), before.revision - 1));
    expect(res.body.data!.result).toMatchObject({ __typename: 'ConflictError', currentVersion: before.revision });
    expect(await publicFavorites()).toEqual(before.slugs);
  });

  it.each([
    ['one missing', (ids: string[]) => ids.slice(1), ['postIds']],
    ['an extra post that is not a favorite', (ids: string[], extra: string) => [...ids, extra], [`postIds.LAST`]],
    ['a duplicate in place of one', (ids: string[]) => [ids[1]!, ...ids.slice(1)], ['postIds']],
    ['an unknown post', (ids: string[]) => [...ids.slice(1), globalId('Post', randomUUID())], ['postIds.LAST']],
    ['a category id', (ids: string[]) => [...ids.slice(1), globalId('Category', randomUUID())], ['postIds.LAST']],
  ])('a list with %s → ValidationError, order and revision unchanged', async (_label, edit, paths) => {
    const before = await current();
    const extra = await publishedNonFavorite();
    const ids = (edit as (ids: string[], extra: string) => string[])([...before.ids].reverse(), extra.id);
    const res = await expectNothingChanged(ctx.gw, () => reorder(ids, before.revision));
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    const expected = (paths as string[]).map((p) => p.replace('LAST', String(ids.length - 1)));
    expect(fieldPaths(res.body.data!.result)).toEqual(expected);
    expect(await publicFavorites()).toEqual(before.slugs);
  });

  it('10 concurrent reorders from one revision: exactly one applies, the rest conflict; the result is that one order', async () => {
    const before = await current();
    // Ten different rotations of the list, so the final order tells which call won.
    const orders = Array.from({ length: 10 }, (_, k) => [...before.ids.slice(k + 1), ...before.ids.slice(0, k + 1)]);
    const results = await Promise.all(orders.map((ids) => reorder(ids, before.revision).then((r) => r.body.data!.result)));
    const won = results.flatMap((r, i) => (r.__typename === 'FavoritesPayload' ? [i] : []));
    expect(won).toHaveLength(1);
    const losers = results.filter((r) => r.__typename !== 'FavoritesPayload');
    expect(losers.map((r) => r.__typename)).toEqual(Array(9).fill('ConflictError'));
    expect(losers.map((r) => expectTypename(r, 'ConflictError').currentVersion)).toEqual(Array(9).fill(before.revision + 1));
    const after = await current();
    expect(after.ids).toEqual(orders[won[0]!]);
    expect([...after.ids].sort()).toEqual([...before.ids].sort()); // a permutation: nothing lost or doubled
    expect(after.revision).toBe(before.revision + 1);
    const positions = (await ctx.gw.db.prisma.favorite.findMany({ orderBy: { position: 'asc' } })).map((f) => f.position);
    expect(positions).toEqual(positions.map((_, i) => i));
  });
});

describe('addFavorite / removeFavorite', () => {
  it('addFavorite appends the post (isFavorite true) and bumps the revision; again it is a no-op', async () => {
    const before = await current();
    const post = await publishedNonFavorite();
    const res = await add(post.id, before.revision);
    expect(res.body.data!.result).toMatchObject({ __typename: 'FavoritesPayload', revision: before.revision + 1 });
    expect(payload(res).favorites.at(-1)).toEqual({ slug: post.slug, isFavorite: true });
    expect(await publicFavorites()).toEqual([...before.slugs, post.slug]);
    expect((await ctx.gw.gql(IS_FAVORITE, { slug: post.slug })).body.data!.post!.isFavorite).toBe(true);

    const again = await expectNothingChanged(ctx.gw, () => add(post.id));
    expect(again.body.data!.result).toMatchObject({ __typename: 'FavoritesPayload', revision: before.revision + 1 });
    expect(payload(again).favorites.filter((p) => p.slug === post.slug)).toHaveLength(1);
  });

  it('addFavorite with a stale revision → ConflictError, nothing written', async () => {
    const { revision } = await current();
    const post = await publishedNonFavorite();
    const res = await expectNothingChanged(ctx.gw, () => add(post.id, revision - 1));
    expect(res.body.data!.result).toMatchObject({ __typename: 'ConflictError', currentVersion: revision });
  });

  it('addFavorite of an unknown post → NotFoundError, nothing written', async () => {
    const res = await expectNothingChanged(ctx.gw, () => add(globalId('Post', randomUUID())));
    expect(res.body.data!.result).toMatchObject({ __typename: 'NotFoundError', resource: 'Post' });
  });

  it('removeFavorite takes the post out, keeps the others’ order, bumps the revision', async () => {
    const before = await current();
    const res = await remove(before.ids[1]!, before.revision);
    expect(res.body.data!.result).toMatchObject({ __typename: 'FavoritesPayload', revision: before.revision + 1 });
    expect(await publicFavorites()).toEqual(before.slugs.filter((_, i) => i !== 1));
    expect((await ctx.gw.gql(IS_FAVORITE, { slug: before.slugs[1]! })).body.data!.post!.isFavorite).toBe(false);
  });

  it('removeFavorite of a post that is not a favorite → NotFoundError, revision unchanged', async () => {
    const post = await publishedNonFavorite();
    const res = await expectNothingChanged(ctx.gw, () => remove(post.id));
    expect(res.body.data!.result).toMatchObject({ __typename: 'NotFoundError' });
  });
});

describe('deleting a favorite post', () => {
  it('removes it from the list and bumps the revision, so a reorder from the old revision conflicts', async () => {
    const created = await ctx.editor(CREATE_POST, { input: { title: 'Favorite Then Deleted', kind: 'SHORT', summary: 's' } });
    const post = expectTypename(created.body.data!.result, 'CreatePostPayload').post;
    expect((await add(post.id)).body.data!.result.__typename).toBe('FavoritesPayload');
    const before = await current();
    const deleted = await ctx.editor(DELETE_POST, { input: { id: post.id } });
    expect(deleted.body.data!.result.__typename).toBe('DeletePostPayload');
    expect(await favoritesRevision(ctx.gw.db.prisma)).toBe(before.revision + 1);
    expect(await favoriteSlugs(ctx.gw.db.prisma)).toEqual(before.slugs.filter((s) => s !== post.slug));
    const stale = await expectNothingChanged(ctx.gw, () =>
      reorder(
        before.ids.filter((id) => id !== post.id),
        before.revision,
      ),
    );
    expect(stale.body.data!.result).toMatchObject({ __typename: 'ConflictError', currentVersion: before.revision + 1 });
  });
});
