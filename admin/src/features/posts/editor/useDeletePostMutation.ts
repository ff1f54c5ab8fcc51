import { useMutation } from '@apollo/client/react';
import { removePostFromCache } from './cacheEdits';
import { DeletePostDocument } from './documents';

/** deletePost; the post disappears from every list and is evicted (then gc). */
export function useDeletePostMutation() {
  return useMutation(DeletePostDocument, {
    update(cache, { data }) {
      const result = data?.deletePost;
      if (result?.__typename === 'DeletePostPayload') removePostFromCache(cache, result.deletedPostId);
    },
  });
}
