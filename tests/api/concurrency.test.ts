// Concurrency: optimistic concurrency holds under a burst of writers.
// - 50 concurrent reorderFavorites, each with a different rotation of the list and a revision
//   that is stale, current, or one a few steps ahead (fresh by the time it lands): every answer
//   is FavoritesPayload or ConflictError; exactly the accepted ones were applied (the revision
//   advanced by their number, each got a distinct next revision, each answer shows its own order,
//   the stored order is the one of the last accepted); every list anyone saw meanwhile is a
//   permutation of the original.
// - 10 concurrent updatePost from one expectedVersion: exactly one wins.
// Runs on PGlite and on PostgreSQL (TEST_DATABASE_URL).
import { describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import { CREATE_POST, UPDATE_POST, editorGateway, expectTypename, favoritesRevision, globalId, postRow } from '../support/mutations.ts';

const ctx = editorGateway();

const REORDER = graphql(`
  mutation BurstReorderFavorites($ids: [ID!]!, $rev: Int!) {
    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) {
      __typename ...MutationError ... on FavoritesPayload { revision favorites { id } }
    }
  }
`);
const FAVORITE_IDS = graphql(`query FavoriteIds { favorites { id } }`);

async function storedOrder(): Promise<string[]> {
  const rows = await ctx.gw.db.prisma.favorite.findMany({ orderBy: { position: 'asc' } });
  expect(rows.map((f) => f.position)).toEqual(rows.map((_, i) => i)); // dense positions, no gaps or doubles
  return rows.map((f) => globalId('Post', f.postId));
}

describe('50 concurrent reorderFavorites with fresh and stale revisions', () => {
  it('applies exactly the accepted ones; the list stays a permutation throughout', async () => {
    const original = await storedOrder();
    const start = await favoritesRevision(ctx.gw.db.prisma);
    expect(original.length).toBeGreaterThan(5);
    const sorted = [...original].sort();
    const isPermutation = (ids: string[]) => expect([...ids].sort()).toEqual(sorted);

    // Request k: the list rotated by k+1 (distinct for k < length, then reversed rotations),
    // expected revision start-2 .. start+7 (stale: below start; fresh: start or a later one that
    // some accepted write before it may have reached).
    const n = 50;
    const orders = Array.from({ length: n }, (_, k) => {
      const r = (k % original.length) + 1;
      const rotated = [...original.slice(r), ...original.slice(0, r)];
      return k < original.length ? rotated : rotated.reverse();
    });
    const revisions = Array.from({ length: n }, (_, k) => start - 2 + (k % 10));

    // Readers during the burst: every public list is a permutation of the original.
    const readers = Array.from({ length: 20 }, () => ctx.gw.gql(FAVORITE_IDS).then((res) => res.body.data!.favorites.map((p) => p.id)));
    const writes = orders.map((ids, k) => ctx.editor(REORDER, { ids, rev: revisions[k]! }).then((res) => res.body.data!.result));
    const [results, seen] = await Promise.all([Promise.all(writes), Promise.all(readers)]);
    seen.forEach(isPermutation);

    const accepted = results.flatMap((r, k) => (r.__typename === 'FavoritesPayload' ? [{ k, r }] : []));
    const conflicts = results.filter((r) => r.__typename === 'ConflictError');
    expect(accepted.length + conflicts.length).toBe(n); // nothing else: no ValidationError, no top-level error
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(conflicts.length).toBeGreaterThanOrEqual(10); // at least the 10 stale ones
    // Stale revisions never win.
    for (const { k } of accepted) expect(revisions[k]).toBeGreaterThanOrEqual(start);
    // Each accepted write got the revision after the one it expected, all distinct: start+1..start+A.
    for (const { k, r } of accepted) expect(r.revision).toBe(revisions[k]! + 1);
    expect(accepted.map(({ r }) => r.revision).sort((a, b) => a - b)).toEqual(accepted.map((_, i) => start + 1 + i));
    // Each accepted answer shows exactly its own order (the payload carries the list as its
    // transaction left it, not whatever a later writer committed before the payload resolved).
    for (const { k, r } of accepted) expect(r.favorites.map((p) => p.id)).toEqual(orders[k]);

    const final = await storedOrder();
    isPermutation(final);
    expect(await favoritesRevision(ctx.gw.db.prisma)).toBe(start + accepted.length);
    const last = accepted.reduce((a, b) => (b.r.revision > a.r.revision ? b : a));
    expect(final).toEqual(orders[last.k]);
    // Conflicts report a revision that existed: between start and the final one.
    for (const c of conflicts) {
      expect(c.currentVersion).toBeGreaterThanOrEqual(start);
      expect(c.currentVersion).toBeLessThanOrEqual(start + accepted.length);
    }
  });
});

describe('10 concurrent updatePost from the same expectedVersion', () => {
  it('exactly one wins; the others get ConflictError with the new version; the row holds the winner', async () => {
    const created = await ctx.editor(CREATE_POST, { input: { title: 'Ten Writers One Post', kind: 'SHORT', summary: 's' } });
    const post = expectTypename(created.body.data!.result, 'CreatePostPayload').post;
    const titles = Array.from({ length: 10 }, (_, i) => `Concurrent Title ${i}`);
    const results = await Promise.all(
      titles.map((title) =>
        ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: post.version, title } }).then((r) => r.body.data!.result),
      ),
    );
    const winners = results.filter((r) => r.__typename === 'UpdatePostPayload');
    const losers = results.filter((r) => r.__typename === 'ConflictError');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(9);
    expect(losers.map((r) => r.currentVersion)).toEqual(Array(9).fill(post.version + 1));
    const row = await postRow(ctx.gw.db.prisma, post.slug);
    expect(row).toMatchObject({ title: winners[0]!.post.title, version: post.version + 1 });
  });
});
