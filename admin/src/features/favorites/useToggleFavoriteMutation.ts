import { useCallback, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FavoriteRow_PostFragment } from '../../__generated__/graphql';
import { graphql } from '../../__generated__';
import { splitResult, thrownMessage } from '../../apollo/mutationResult';
import { asFavoriteRow, readFavorites, setIsFavorite, writeFavorites } from './favorites-cache';

/** Adding appends and removing takes out one post: neither can reorder someone else's list, so
 * they do not send expectedRevision (the server then never answers ConflictError for them). */
const AddFavoriteDocument = graphql(`
  mutation AddFavorite($postId: ID!) {
    addFavorite(postId: $postId) {
      __typename
      ...FavoritesCache_payload
      ... on Error { ...MutationErrors }
    }
  }
`);

const RemoveFavoriteDocument = graphql(`
  mutation RemoveFavorite($postId: ID!) {
    removeFavorite(postId: $postId) {
      __typename
      ...FavoritesCache_payload
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * Adds a post to the end of the favorites or removes it, depending on its isFavorite. Optimistic:
 * the flag and the cached list change at once; the server's list and revision then replace them.
 * Used by the posts list's row button and its shortcut (one function for both).
 */
export function useToggleFavoriteMutation() {
  const client = useApolloClient();
  const [add] = useMutation(AddFavoriteDocument);
  const [remove] = useMutation(RemoveFavoriteDocument);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = useCallback(
    async (post: FavoriteRow_PostFragment) => {
      const current = readFavorites(client.cache, true);
      const list = current?.favorites ?? [];
      const revision = (current?.revision ?? 0) + 1;
      setProblem(null);
      try {
        const result = post.isFavorite
          ? (
              await remove({
                variables: { postId: post.id },
                optimisticResponse: {
                  __typename: 'Mutation',
                  removeFavorite: { __typename: 'FavoritesPayload', revision, favorites: list.filter((p) => p.id !== post.id) },
                },
                update: (cache, { data }) => {
                  if (data?.removeFavorite.__typename !== 'FavoritesPayload') return;
                  writeFavorites(cache, data.removeFavorite);
                  setIsFavorite(cache, post.id, false);
                },
              })
            ).data?.removeFavorite
          : (
              await add({
                variables: { postId: post.id },
                optimisticResponse: {
                  __typename: 'Mutation',
                  addFavorite: {
                    __typename: 'FavoritesPayload',
                    revision,
                    favorites: [...list.filter((p) => p.id !== post.id), asFavoriteRow(post, true)],
                  },
                },
                update: (cache, { data }) => {
                  if (data?.addFavorite.__typename === 'FavoritesPayload') writeFavorites(cache, data.addFavorite);
                },
              })
            ).data?.addFavorite;
        const outcome = splitResult(result);
        if (!outcome.ok) setProblem(outcome.error.message);
      } catch (error) {
        setProblem(`Could not change the favorites: ${thrownMessage(error)}`);
      }
    },
    [client, add, remove],
  );

  return { toggle, problem };
}
