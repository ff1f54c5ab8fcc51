import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { TagsDocument } from './documents';

const CreateTagDocument = graphql(`
  mutation CreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      __typename
      ... on CreateTagPayload { tag { id name slug postCount } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** createTag; a created tag joins the cached list in the server's order (by name), no refetch. */
export function useCreateTagMutation() {
  return useMutation(CreateTagDocument, {
    update(cache, { data }) {
      const result = data?.createTag;
      if (result?.__typename !== 'CreateTagPayload') return;
      cache.updateQuery(
        { query: TagsDocument },
        (list) => list && { ...list, tags: [...list.tags, result.tag].sort((a, b) => a.name.localeCompare(b.name)) },
      );
    },
  });
}
