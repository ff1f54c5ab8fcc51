import { useCallback, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { arrayMove } from '@dnd-kit/sortable';
import type { FavoriteRow_PostFragment } from '../../__generated__/graphql';
import { graphql } from '../../__generated__';
import { splitResult, thrownMessage } from '../../apollo/mutationResult';
import { writeFavorites } from './favorites-cache';

export const ReorderFavoritesDocument = graphql(`
  mutation ReorderFavorites($postIds: [ID!]!, $expectedRevision: Int!) {
    reorderFavorites(postIds: $postIds, expectedRevision: $expectedRevision) {
      __typename
      ...FavoritesCache_payload
      ... on Error { ...MutationErrors }
    }
  }
`);

/** Shown when the server refused a reorder because the list changed elsewhere. */
export const CONFLICT_MESSAGE = 'The list changed elsewhere; reloaded.';

/**
 * One drop = one `reorderFavorites(postIds, expectedRevision)`. The new order shows at once
 * (optimisticResponse); the server's answer replaces it. When the server refuses — ConflictError
 * (someone else changed the list since `revision`), or a permutation that no longer matches — the
 * optimistic order is rolled back, `problem` says so and `reload()` fetches the server's list.
 * Never retried with the newer revision: that would silently overwrite the other editor's change.
 */
export function useReorderFavoritesMutation({ reload }: { reload: () => Promise<unknown> }) {
  const [mutate] = useMutation(ReorderFavoritesDocument);
  const [problem, setProblem] = useState<string | null>(null);

  const reorder = useCallback(
    async (args: { favorites: FavoriteRow_PostFragment[]; revision: number; from: number; to: number }) => {
      const { favorites, revision, from, to } = args;
      if (from === to) return;
      const next = arrayMove(favorites, from, to);
      setProblem(null);
      try {
        const { data } = await mutate({
          variables: { postIds: next.map((post) => post.id), expectedRevision: revision },
          optimisticResponse: {
            __typename: 'Mutation',
            reorderFavorites: { __typename: 'FavoritesPayload', revision: revision + 1, favorites: next },
          },
          update: (cache, { data: answer }) => {
            if (answer?.reorderFavorites.__typename === 'FavoritesPayload') writeFavorites(cache, answer.reorderFavorites);
          },
        });
        const outcome = splitResult(data?.reorderFavorites);
        if (!outcome.ok) {
          setProblem(outcome.error.__typename === 'ConflictError' ? CONFLICT_MESSAGE : `${outcome.error.message} Reloaded.`);
          await reload();
        }
      } catch (error) {
        // Network or top-level error: the optimistic order is already rolled back.
        setProblem(`Could not save the new order: ${thrownMessage(error)}`);
      }
    },
    [mutate, reload],
  );

  return { reorder, problem, dismissProblem: () => setProblem(null) };
}
