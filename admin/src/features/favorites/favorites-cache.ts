import type { ApolloCache } from '@apollo/client';
import type { FavoriteRow_PostFragment } from '../../__generated__/graphql';
import { graphql } from '../../__generated__';
import { FavoritesDocument } from './documents';

/** What every favorites mutation answers; the whole new list replaces the cached one. */
export const FavoritesPayloadFragment = graphql(`
  fragment FavoritesCache_payload on FavoritesPayload {
    revision
    favorites { id ...FavoriteRow_post }
  }
`);

/**
 * The favorites list and its revision as the cache holds them (null before the first load);
 * `optimistic` includes changes still waiting for the server (to build the next optimistic list on).
 */
export function readFavorites(cache: ApolloCache, optimistic = false): { favorites: FavoriteRow_PostFragment[]; revision: number } | null {
  const data = cache.readQuery({ query: FavoritesDocument }, optimistic);
  return data ? { favorites: data.favorites, revision: data.favoritesRevision } : null;
}

/** Sets one post's isFavorite flag where the cache holds it (rows of every posts list). */
export function setIsFavorite(cache: ApolloCache, postId: string, value: boolean): void {
  cache.modify({ id: cache.identify({ __typename: 'Post', id: postId }), fields: { isFavorite: () => value } });
}

/**
 * Targeted cache edit after a favorites mutation (or its optimistic answer): the whole list and
 * its revision replace Query.favorites/favoritesRevision. Posts in the list arrive with
 * isFavorite: true; those that left it are flipped to false here, so list rows update too.
 */
export function writeFavorites(cache: ApolloCache, payload: { favorites: FavoriteRow_PostFragment[]; revision: number }): void {
  const before = readFavorites(cache);
  cache.writeQuery({
    query: FavoritesDocument,
    data: { __typename: 'Query', favorites: payload.favorites, favoritesRevision: payload.revision },
  });
  const kept = new Set(payload.favorites.map((post) => post.id));
  for (const post of before?.favorites ?? []) if (!kept.has(post.id)) setIsFavorite(cache, post.id, false);
}

/** Just the fields a favorite row needs, from any post object that has them (e.g. a list row). */
export function asFavoriteRow(post: FavoriteRow_PostFragment, isFavorite: boolean): FavoriteRow_PostFragment {
  const { id, title, kind, status, publishedAt } = post;
  return { __typename: 'Post', id, title, kind, status, publishedAt, isFavorite };
}
