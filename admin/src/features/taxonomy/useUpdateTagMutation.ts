import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';

const UpdateTagDocument = graphql(`
  mutation UpdateTag($input: UpdateTagInput!) {
    updateTag(input: $input) {
      __typename
      ... on UpdateTagPayload { tag { id name slug } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** updateTag (partial: only the changed fields); the payload refreshes the cached Tag. */
export function useUpdateTagMutation() {
  return useMutation(UpdateTagDocument);
}
