import { useMutation } from '@apollo/client/react';
import { removePostFromCache } from './cacheEdits';
import { graphql } from '../../../__generated__';

export const DeletePostDocument = graphql(`
  mutation DeletePost($input: PostRefInput!) {
    deletePost(input: $input) {
      __typename
      ... on DeletePostPayload { deletedPostId }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** deletePost; the post disappears from every list and is evicted (then gc). */
export function useDeletePostMutation() {
  return useMutation(DeletePostDocument, {
    update(cache, { data }) {
      const result = data?.deletePost;
      if (result?.__typename === 'DeletePostPayload') removePostFromCache(cache, result.deletedPostId);
    },
  });
}
