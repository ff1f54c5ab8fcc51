import { useMutation } from '@apollo/client/react';
import { syncPostInLists } from './cacheEdits';
import { graphql } from '../../../__generated__';

export const PublishPostDocument = graphql(`
  mutation PublishPost($input: PublishPostInput!) {
    publishPost(input: $input) {
      __typename
      ... on PublishPostPayload { post { ...PostEditor_post } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** publishPost; the post leaves the Drafts list and moves below the drafts in the others. */
export function usePublishPostMutation() {
  return useMutation(PublishPostDocument, {
    update(cache, { data }) {
      const result = data?.publishPost;
      if (result?.__typename === 'PublishPostPayload') syncPostInLists(cache, result.post, { previousStatus: 'DRAFT' });
    },
  });
}
