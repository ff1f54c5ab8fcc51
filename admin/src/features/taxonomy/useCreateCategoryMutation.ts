import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { CategoriesDocument } from './documents';

const CreateCategoryDocument = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      __typename
      ... on CreateCategoryPayload { category { id name slug description position postCount } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** createCategory; a created category is appended to the cached list (no refetch). */
export function useCreateCategoryMutation() {
  return useMutation(CreateCategoryDocument, {
    update(cache, { data }) {
      const result = data?.createCategory;
      if (result?.__typename !== 'CreateCategoryPayload') return;
      cache.updateQuery({ query: CategoriesDocument }, (list) => list && { ...list, categories: [...list.categories, result.category] });
    },
  });
}
