import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { syncPostInLists } from '../editor/cacheEdits';

const RestorePostRevisionDocument = graphql(`
  mutation RestorePostRevision($input: RestorePostRevisionInput!) {
    restorePostRevision(input: $input) {
      __typename
      ... on RestorePostRevisionPayload { post { ...PostEditor_post ...PostHistory_post } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * restorePostRevision. The answer carries the post as the editor shows it and its revision list
 * (the restore is a new version and a new revision), so both refresh from this one request; the
 * post moves in the cached lists if its status changed (a revision holds a status too).
 */
export function useRestorePostRevisionMutation() {
  return useMutation(RestorePostRevisionDocument, {
    update(cache, { data }) {
      const result = data?.restorePostRevision;
      if (result?.__typename === 'RestorePostRevisionPayload') syncPostInLists(cache, result.post, { previousStatus: null });
    },
  });
}
