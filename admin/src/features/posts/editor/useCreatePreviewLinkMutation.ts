import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

const CreatePreviewLinkDocument = graphql(`
  mutation CreatePreviewLink($postId: ID!) {
    createPreviewLink(postId: $postId) {
      __typename
      ... on PreviewLink { token url expiresAt }
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * createPreviewLink with the gateway's default lifetime (24 h): a link that shows this draft or
 * scheduled post to anyone holding it, until it expires. Nothing in the cache changes.
 */
export function useCreatePreviewLinkMutation() {
  return useMutation(CreatePreviewLinkDocument);
}
