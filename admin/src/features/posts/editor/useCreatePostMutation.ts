import { useMutation } from '@apollo/client/react';
import { addTagsToList, syncPostInLists } from './cacheEdits';
import { graphql } from '../../../__generated__';

export const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on CreatePostPayload { post { ...PostEditor_post } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** createPost; a created draft appears at the top of the cached lists it matches. */
export function useCreatePostMutation() {
  return useMutation(CreatePostDocument, {
    update(cache, { data }) {
      const result = data?.createPost;
      if (result?.__typename !== 'CreatePostPayload') return;
      syncPostInLists(cache, result.post, { previousStatus: null });
      addTagsToList(cache, result.post.tags);
    },
  });
}
