import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';

/** Site is a singleton in the cache (keyFields: []), so the payload updates every reader. */
const UpdateSiteDocument = graphql(`
  mutation UpdateSite($input: UpdateSiteInput!) {
    updateSite(input: $input) {
      __typename
      ... on UpdateSitePayload { site { title description baseUrl timeZone } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** updateSite (partial: only the changed fields); no refetch, the payload lands on Site. */
export function useUpdateSiteMutation() {
  return useMutation(UpdateSiteDocument);
}
