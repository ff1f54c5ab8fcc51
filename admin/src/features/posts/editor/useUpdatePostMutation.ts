import { useMutation } from '@apollo/client/react';
import { addTagsToList, syncPostInLists } from './cacheEdits';
import { graphql } from '../../../__generated__';

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      __typename
      ... on UpdatePostPayload { post { ...PostEditor_post } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * updatePost (partial, guarded by expectedVersion). The caller passes an optimisticResponse
 * built with optimisticPost(); the list row shows the new title at once. A kind change may move
 * the post out of a Long reads/Shorts list, hence the sync.
 */
export function useUpdatePostMutation() {
  return useMutation(UpdatePostDocument, {
    update(cache, { data }) {
      const result = data?.updatePost;
      if (result?.__typename !== 'UpdatePostPayload') return;
      syncPostInLists(cache, result.post, { previousStatus: result.post.status });
      addTagsToList(cache, result.post.tags);
    },
  });
}
