import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { graphql } from '../../__generated__';
import { splitResult, thrownMessage } from '../../apollo/mutationResult';
import { CategoriesDocument } from './documents';

const DeleteCategoryDocument = graphql(`
  mutation DeleteCategory($input: DeleteCategoryInput!) {
    deleteCategory(input: $input) {
      __typename
      ... on DeleteCategoryPayload { deletedCategoryId }
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * deleteCategory with targeted cache edits instead of a refetch: the category leaves the list
 * and the cache; cached posts that pointed at it now point at the target (or at nothing), and
 * their `version` is dropped because the server bumped it (an open editor refetches it rather
 * than saving with a stale one); the target's published count grows by the moved ones.
 * Returns the error message, or null on success.
 */
export function useDeleteCategoryMutation() {
  const [mutate, { loading }] = useMutation(DeleteCategoryDocument);
  const remove = async (category: { id: string; postCount: number }, moveToCategoryId: string | null): Promise<string | null> => {
    try {
      const { data } = await mutate({
        variables: { input: { id: category.id, moveToCategoryId } },
        update: (cache, { data: answer }) => {
          if (answer?.deleteCategory.__typename === 'DeleteCategoryPayload') updateCache(cache, category, moveToCategoryId);
        },
      });
      const outcome = splitResult(data?.deleteCategory);
      return outcome.ok ? null : outcome.error.message;
    } catch (e) {
      return thrownMessage(e);
    }
  };
  return { remove, isDeleting: loading };
}

function updateCache(cache: ApolloCache, category: { id: string; postCount: number }, moveTo: string | null) {
  const deletedRef = cache.identify({ __typename: 'Category', id: category.id });
  const targetRef = moveTo ? cache.identify({ __typename: 'Category', id: moveTo }) : undefined;
  cache.updateQuery(
    { query: CategoriesDocument },
    (data) => data && { ...data, categories: data.categories.filter((c) => c.id !== category.id) },
  );
  if (targetRef) cache.modify({ id: targetRef, fields: { postCount: (n: number) => n + category.postCount } });
  for (const [key, value] of Object.entries(cache.extract() as Record<string, { __typename?: string; category?: Reference | null }>)) {
    if (value.__typename !== 'Post' || value.category?.__ref !== deletedRef) continue;
    cache.modify({
      id: key,
      fields: {
        category: (_old, { toReference }) => (moveTo ? (toReference({ __typename: 'Category', id: moveTo }) ?? null) : null),
        version: (_v, { DELETE }) => DELETE,
      },
    });
  }
  if (deletedRef) cache.evict({ id: deletedRef });
  cache.gc();
}
