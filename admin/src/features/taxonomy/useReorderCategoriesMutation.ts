import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { CategoriesQuery } from '../../__generated__/graphql';
import { graphql } from '../../__generated__';
import { splitResult, thrownMessage } from '../../apollo/mutationResult';

const ReorderCategoriesDocument = graphql(`
  mutation ReorderCategories($ids: [ID!]!) {
    reorderCategories(ids: $ids) {
      __typename
      ... on ReorderCategoriesPayload { categories { id position } }
      ... on Error { ...MutationErrors }
    }
  }
`);

export type CategoryItem = CategoriesQuery['categories'][number];

/**
 * One `reorderCategories` per drop. The optimistic response carries every category's new
 * position, so the list (sorted by position) moves at once; a refusal (e.g. someone added a
 * category meanwhile, so `ids` is no longer complete) rolls the positions back and is reported.
 */
export function useReorderCategoriesMutation() {
  const [mutate] = useMutation(ReorderCategoriesDocument);
  const [error, setError] = useState<string | null>(null);

  const reorder = async (ordered: readonly CategoryItem[]) => {
    setError(null);
    try {
      const { data } = await mutate({
        variables: { ids: ordered.map((c) => c.id) },
        optimisticResponse: {
          __typename: 'Mutation',
          reorderCategories: {
            __typename: 'ReorderCategoriesPayload',
            categories: ordered.map((c, position) => ({ __typename: 'Category', id: c.id, position })),
          },
        },
        // A refusal means our list is stale: reload just the categories.
        refetchQueries: (result) => (result.data?.reorderCategories.__typename === 'ReorderCategoriesPayload' ? [] : ['Categories']),
      });
      const outcome = splitResult(data?.reorderCategories);
      if (!outcome.ok) setError(`Order not saved: ${outcome.error.message}`);
    } catch (e) {
      setError(`Order not saved: ${thrownMessage(e)}`);
    }
  };
  return { reorder, error };
}
