import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { TagsDocument } from './documents';

const DeleteTagDocument = graphql(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id) {
      __typename
      ... on DeleteTagPayload { deletedTagId }
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * deleteTag with a targeted cache edit: the tag leaves the list and is evicted, and Apollo drops
 * the dangling reference from every cached post's tag list.
 */
export function useDeleteTagMutation() {
  return useMutation(DeleteTagDocument, {
    update(cache, { data }) {
      const result = data?.deleteTag;
      if (result?.__typename !== 'DeleteTagPayload') return;
      cache.updateQuery(
        { query: TagsDocument },
        (list) => list && { ...list, tags: list.tags.filter((t) => t.id !== result.deletedTagId) },
      );
      cache.evict({ id: cache.identify({ __typename: 'Tag', id: result.deletedTagId }) });
      cache.gc();
    },
  });
}
