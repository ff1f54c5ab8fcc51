import { useMutation } from '@apollo/client/react';
import { syncPostInLists } from './cacheEdits';
import { graphql } from '../../../__generated__';

export const UnpublishPostDocument = graphql(`
  mutation UnpublishPost($input: PostRefInput!) {
    unpublishPost(input: $input) {
      __typename
      ... on UnpublishPostPayload { post { ...PostEditor_post } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** unpublishPost; the post goes back to the top (drafts first) and into the Drafts list. */
export function useUnpublishPostMutation() {
  return useMutation(UnpublishPostDocument, {
    update(cache, { data }) {
      const result = data?.unpublishPost;
      if (result?.__typename === 'UnpublishPostPayload') syncPostInLists(cache, result.post, { previousStatus: 'PUBLISHED' });
    },
  });
}
