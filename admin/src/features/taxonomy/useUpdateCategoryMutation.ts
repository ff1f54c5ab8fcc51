import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';

const UpdateCategoryDocument = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      __typename
      ... on UpdateCategoryPayload { category { id name slug description } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** updateCategory (partial: only the changed fields); the payload refreshes the cached Category. */
export function useUpdateCategoryMutation() {
  return useMutation(UpdateCategoryDocument);
}
